import { checkCitizenId, readCitizenId } from './citizen-id';

describe('citizen ID (CCCD) validation', () => {
  it('reads province, sex and birth year from the number', () => {
    expect(readCitizenId('033095001234')).toEqual({
      provinceCode: '033',
      provinceName: 'Hưng Yên',
      sex: 'male',
      birthYear: 1995,
    });
    expect(readCitizenId('034302001234')).toMatchObject({ sex: 'female', birthYear: 2002 });
  });

  it('accepts a number consistent with the profile', () => {
    expect(checkCitizenId('033095001234', { dateOfBirth: '1995-04-12', sex: 'male' })).toBeNull();
    expect(checkCitizenId('033305001234', { dateOfBirth: '2005-01-01', sex: 'female' })).toBeNull();
  });

  it('names the part that disagrees', () => {
    expect(checkCitizenId('03319500123', { dateOfBirth: '1995-04-12', sex: 'male' })).toMatchObject({
      part: 'format',
    });
    expect(checkCitizenId('003195001234', { dateOfBirth: '1995-04-12', sex: 'male' })).toMatchObject({
      part: 'province',
      field: 'citizenId',
    });
    expect(checkCitizenId('033295001234', { dateOfBirth: '1995-04-12', sex: 'male' })).toMatchObject({
      part: 'sexCentury',
      field: 'dateOfBirth',
    });
    expect(checkCitizenId('033095001234', { dateOfBirth: '1995-04-12', sex: 'female' })).toMatchObject({
      part: 'sexCentury',
      field: 'sex',
    });
    const year = checkCitizenId('033096001234', { dateOfBirth: '1995-04-12', sex: 'male' });
    expect(year).toMatchObject({ part: 'birthYear', field: 'dateOfBirth' });
    expect(year?.vi).toContain('1996');
    expect(year?.en).toContain('1995');
  });
});
