import { SEED_PLAN_58_2022 } from '../../config/seed-plan-58-2022';
import { checkPlan, implies, meets } from './check-plan';
import type { PlanAdoptedData } from './plan.events';

describe('checkPlan on the seed plan 58/KH-UBND', () => {
  const findings = checkPlan(SEED_PLAN_58_2022);
  const summary = findings.map((f) => `${f.severity} ${f.kind} ${f.indicatorCode ?? '-'}`).sort();

  it("yields the PLAN-DIGEST's listed inconsistencies, plus A2 (30% does not satisfy '> 30%'), and A1 as a note", () => {
    expect(summary).toEqual(
      [
        // "(Its annex calls itself plan No. 56/KH-UBND)"
        'inconsistency annex_number_differs -',
        // "B1's yearly figures sum to 450, the printed period total is 364, and section II says 500"
        'inconsistency period_total_differs_from_sum B1',
        'inconsistency section_target_not_met_by_annex B1',
        // "B2 sums to 92, section II says > 100"
        'inconsistency section_target_not_met_by_annex B2',
        // "C1's 2025 annex figure (1.04%) is above section II's < 1%"
        'inconsistency section_target_not_met_by_annex C1',
        // "A1's 2025 annex figure (95.5%) and section II's > 80% differ" — but 95.5 meets > 80
        'note section_target_differs_from_annex A1',
        // Not in the digest: the annex's 2025 A2 figure 30 does not meet section II's "trên 30%".
        'inconsistency section_target_not_met_by_annex A2',
        // "Decimal marks are mixed: 1,41 and 1.45 in the same row"
        'inconsistency mixed_decimal_marks C1',
      ].sort(),
    );
  });

  it('carries the figures and a Vietnamese-first bilingual message', () => {
    const total = findings.find((f) => f.kind === 'period_total_differs_from_sum');
    expect(total?.figures).toEqual({ printedTotal: '364', statedTotal: 364, sumOfYears: 450 });
    expect(total?.message.vi).toContain('364');
    expect(total?.message.vi).toContain('450');
    expect(total?.message.en).toContain('add up to 450');

    const b1 = findings.find((f) => f.kind === 'section_target_not_met_by_annex' && f.indicatorCode === 'B1');
    expect(b1?.figures).toMatchObject({ sectionValue: 500, annexValue: 450 });
    const b2 = findings.find((f) => f.kind === 'section_target_not_met_by_annex' && f.indicatorCode === 'B2');
    expect(b2?.figures).toMatchObject({ sectionTarget: 'trên 100', sectionComparator: '>', annexValue: 92 });
    const c1 = findings.find((f) => f.kind === 'section_target_not_met_by_annex' && f.indicatorCode === 'C1');
    expect(c1?.figures).toMatchObject({ sectionComparator: '<', sectionValue: 1, annexValue: 1.04 });

    const marks = findings.find((f) => f.kind === 'mixed_decimal_marks');
    expect(marks?.figures).toEqual({ withDot: '2.5, 1.45', withComma: '1,41; 1,21; 1,04' });
    const annex = findings.find((f) => f.kind === 'annex_number_differs');
    expect(annex?.message.vi).toContain('56/KH-UBND');
    expect(annex?.message.en).toContain('58/KH-UBND');
  });

  it('finds nothing in a plan that agrees with itself', () => {
    const consistent: PlanAdoptedData = {
      ...SEED_PLAN_58_2022,
      annexNumber: null,
      indicators: SEED_PLAN_58_2022.indicators
        .filter((i) => i.code === 'B2' || i.code === 'B3')
        .map((i) =>
          i.code === 'B2'
            ? { ...i, sectionTarget: i.sectionTarget && { ...i.sectionTarget, comparator: '≥', value: 92 } }
            : i,
        ),
    };
    expect(checkPlan(consistent)).toEqual([]);
  });
});

describe('implies / meets', () => {
  it('decides by intervals, respecting strict and non-strict comparators', () => {
    expect(implies({ comparator: '≥', value: 95.5 }, { comparator: '>', value: 80 })).toBe(true);
    expect(implies({ comparator: '≥', value: 30 }, { comparator: '>', value: 30 })).toBe(false);
    expect(implies({ comparator: '<', value: 1 }, { comparator: '<', value: 1 })).toBe(true);
    expect(implies({ comparator: '≤', value: 1 }, { comparator: '<', value: 1 })).toBe(false);
    expect(implies({ comparator: '≤', value: 1.04 }, { comparator: '<', value: 1 })).toBe(false);
    expect(meets(0.99, { comparator: '<', value: 1 })).toBe(true);
    expect(meets(1, { comparator: '<', value: 1 })).toBe(false);
    expect(meets(105, { comparator: '≥', value: 105 })).toBe(true);
  });
});
