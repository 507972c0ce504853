import {
  NotAVietnameseNumber,
  parsePrintedFigure,
  parseVietnameseNumber,
  readVietnameseNumber,
} from './vietnamese-number';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1,41', 1.41],
    ['1.45', 1.45],
    ['22,3', 22.3],
    ['94.4', 94.4],
    ['105', 105],
    ['0', 0],
    ['11,89', 11.89],
    ['97,83', 97.83],
  ])('reads %s as the decimal %d whichever mark is used', (printed, expected) => {
    expect(parseVietnameseNumber(printed)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['1.500.000', 1_500_000],
    ['2.250.000', 2_250_000],
    ['1,500,000', 1_500_000],
    ['1.500.000,5', 1_500_000.5],
    ['1,500,000.25', 1_500_000.25],
  ])('reads repeated marks in %s as thousands groups', (printed, expected) => {
    expect(parseVietnameseNumber(printed)).toBe(expected);
  });

  it('reads a single mark before three digits by the Vietnamese convention and says it was ambiguous', () => {
    expect(readVietnameseNumber('1.500')).toEqual({ value: 1500, decimalMark: null, ambiguous: true });
    expect(readVietnameseNumber('1,500')).toEqual({ value: 1.5, decimalMark: ',', ambiguous: true });
    expect(readVietnameseNumber('0.125')).toEqual({ value: 0.125, decimalMark: '.', ambiguous: false });
    expect(readVietnameseNumber('1,41')).toEqual({ value: 1.41, decimalMark: ',', ambiguous: false });
  });

  it.each(['', 'abc', '1.2.3,4,5', '1.50.000', ',5', '5,', '1,2.3.4'])('rejects %p', (printed) => {
    expect(() => parseVietnameseNumber(printed)).toThrow(NotAVietnameseNumber);
  });
});

describe('parsePrintedFigure', () => {
  it('reads the comparator printed with the figure, in symbols or Vietnamese words', () => {
    expect(parsePrintedFigure('<1', '≤')).toEqual({ printed: '<1', comparator: '<', value: 1 });
    expect(parsePrintedFigure('> 100', '≥')).toEqual({ printed: '> 100', comparator: '>', value: 100 });
    expect(parsePrintedFigure('trên 80%', '≥')).toEqual({ printed: 'trên 80%', comparator: '>', value: 80 });
    expect(parsePrintedFigure('dưới 1%', '≤')).toEqual({ printed: 'dưới 1%', comparator: '<', value: 1 });
  });

  it("keeps the indicator's direction for a bare figure or one printed with 'khoảng' (about)", () => {
    expect(parsePrintedFigure('85%', '≥')).toEqual({ printed: '85%', comparator: '≥', value: 85 });
    expect(parsePrintedFigure('khoảng 15', '≥')).toEqual({
      printed: 'khoảng 15',
      comparator: '≥',
      value: 15,
    });
    expect(parsePrintedFigure('1,04', '≤')).toEqual({ printed: '1,04', comparator: '≤', value: 1.04 });
  });
});
