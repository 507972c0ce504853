import { DeciderSpecification } from '@vieclam/platform/testing';
import { planDecider } from '../domain/plan/plan.decider';
import { SEED_PLAN_58_2022 } from './seed-plan-58-2022';

const row = (code: string) => {
  const indicator = SEED_PLAN_58_2022.indicators.find((i) => i.code === code);
  if (!indicator) throw new Error(`no ${code}`);
  return indicator;
};

describe('the seed plan 58/KH-UBND (22/9/2022)', () => {
  it('is adopted as printed: the decider accepts it unchanged', () => {
    DeciderSpecification.for(planDecider)
      .given([])
      .when({ type: 'AdoptPlan', data: SEED_PLAN_58_2022 })
      .then([{ type: 'PlanAdopted', data: SEED_PLAN_58_2022 }]);
    expect(SEED_PLAN_58_2022.number).toBe('58/KH-UBND');
    expect(SEED_PLAN_58_2022.annexNumber).toBe('56/KH-UBND');
    expect(SEED_PLAN_58_2022.adoptedOn).toBe('2022-09-22');
  });

  it('keeps the printed strings beside the numbers, reading both decimal marks as decimals', () => {
    expect(row('C1').yearlyTargets.map((t) => [t.printed, t.value])).toEqual([
      ['2.5', 2.5],
      ['1.45', 1.45],
      ['1,41', 1.41],
      ['1,21', 1.21],
      ['1,04', 1.04],
    ]);
    expect(row('A1').yearlyTargets.map((t) => t.printed)).toEqual(['85%', '90%', '94.4', '95', '95.5']);
    expect(row('A2').yearlyTargets[0]).toEqual({ year: 2021, printed: '22,3', comparator: '≥', value: 22.3 });
    expect(
      row('B3').yearlyTargets.every((t) => t.printed === '<1' && t.comparator === '<' && t.value === 1),
    ).toBe(true);
  });

  it('keeps the stated period totals as printed, even where they disagree with the years', () => {
    expect(row('B1').statedPeriodTotal).toEqual({ printed: '364', value: 364 });
    expect(row('B2').statedPeriodTotal).toEqual({ printed: '92', value: 92 });
  });

  it('reads the section-II targets and the 2030 orientation with their comparators', () => {
    expect(row('B2').sectionTarget).toMatchObject({ printed: 'trên 100', comparator: '>', value: 100 });
    expect(row('A1').orientation2030).toMatchObject({ comparator: '>', value: 95 });
    expect(row('C3')).toMatchObject({
      observed: false,
      baseline: { year: 2021, printed: '8,1%', value: 8.1 },
      sectionTarget: { comparator: '<', value: 7 },
    });
  });
});
