import { parseDate, parseUnitsCsv } from './units-csv';

describe('unit list CSV import', () => {
  it('reads units with Vietnamese or English levels and dd/mm/yyyy dates', () => {
    const csv = [
      'code,name,level,parentCode,validFrom,validTo',
      '33,Tỉnh Hưng Yên,tỉnh,,01/01/1997,',
      '333,"Huyện Phù Cừ, cũ",district,33,1997-01-01,30/06/2025',
      'XMT,Xã Minh Tiến,xã,333,01/01/1997',
    ].join('\r\n');
    const { rows, problems } = parseUnitsCsv(csv);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.code, r.name, r.level, r.parentCode, r.validFrom, r.validTo])).toEqual([
      ['33', 'Tỉnh Hưng Yên', 'province', null, '1997-01-01', null],
      ['333', 'Huyện Phù Cừ, cũ', 'district', '33', '1997-01-01', '2025-06-30'],
      ['XMT', 'Xã Minh Tiến', 'commune', '333', '1997-01-01', null],
    ]);
  });

  it('reports every bad line with its number and imports nothing', () => {
    const csv = [
      'code,name,level,parentCode,validFrom',
      '33,Hưng Yên,planet,,31/02/2020',
      'X 1,,village,NOPE,2020-01-01',
    ].join('\n');
    const { rows, problems } = parseUnitsCsv(csv);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'level'],
      [2, 'validFrom'],
      [3, 'code'],
      [3, 'name'],
      [3, 'parentCode'],
    ]);
    expect(problems[0]!.vi).toContain('planet');
  });

  it('refuses impossible dates', () => {
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('29/02/2025')).toBeNull();
    expect(parseDate('2025-13-01')).toBeNull();
  });
});
