import { serviceFeeCap } from './service-fee-cap';

describe('service fee cap (Law 69/2020/QH14 art. 23)', () => {
  it('is one month of wage per 12 months of contract', () => {
    expect(serviceFeeCap(1_200, 12)).toBe(1_200);
    expect(serviceFeeCap(1_200, 24)).toBe(2_400);
    expect(serviceFeeCap(1_200, 36)).toBe(3_600);
  });
  it('is pro-rata for other terms, rounded down to the whole unit', () => {
    expect(serviceFeeCap(1_200, 18)).toBe(1_800);
    expect(serviceFeeCap(1_000, 7)).toBe(583); // 583.33…
    expect(serviceFeeCap(180_000, 1)).toBe(15_000);
  });
  it('stops growing at three months of wage from 36 months on', () => {
    expect(serviceFeeCap(1_200, 48)).toBe(3_600);
    expect(serviceFeeCap(1_200, 60)).toBe(3_600);
  });
  it('stays exact for large wages in currencies without minor units', () =>
    expect(serviceFeeCap(2_000_000_000_000, 35)).toBe(5_833_333_333_333));
  it('refuses nonsense inputs', () => {
    expect(() => serviceFeeCap(1.5, 12)).toThrow(RangeError);
    expect(() => serviceFeeCap(1_000, 0)).toThrow(RangeError);
  });
});
