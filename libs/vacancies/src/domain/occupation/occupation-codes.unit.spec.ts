import { OCCUPATION_CATALOGUE, occupationName } from '../../config/occupation-catalogue';
import { isOccupationCode, occupationLevel, parentCodes, sharedPrefixLength } from './occupation-codes';

describe('occupation codes (QĐ 34/2020/QĐ-TTg)', () => {
  it('accepts 1 to 5 digits only', () => {
    expect(['7', '72', '721', '7212', '72121'].map(isOccupationCode)).toEqual([true, true, true, true, true]);
    expect(['', '721212', '72a', ' 7212'].map(isOccupationCode)).toEqual([false, false, false, false]);
  });
  it('reads the level from the length and the parents from the prefixes', () => {
    expect(occupationLevel('7212')).toBe(4);
    expect(parentCodes('7212')).toEqual(['7', '72', '721']);
    expect(() => occupationLevel('abc')).toThrow(RangeError);
  });
  it('measures how close two codes are in the hierarchy', () => {
    expect(sharedPrefixLength('7212', '7212')).toBe(4);
    expect(sharedPrefixLength('7212', '7231')).toBe(2);
    expect(sharedPrefixLength('7212', '8153')).toBe(0);
    expect(sharedPrefixLength('72', '7212')).toBe(2);
  });
  it('keeps the partial catalogue consistent: valid, unique codes whose parents are listed', () => {
    const codes = OCCUPATION_CATALOGUE.entries.map((entry) => entry.code);
    expect(codes.every(isOccupationCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    const listed = new Set(codes);
    const orphans = codes.filter((code) => code.length > 1 && !listed.has(code.slice(0, 2)));
    expect(orphans).toEqual([]);
    expect(occupationName('7212')?.vi).toBe('Thợ hàn và thợ cắt kim loại');
    expect(occupationName('99999')).toBeNull();
  });
});
