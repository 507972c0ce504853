import { catalogueProblems, LOAN_PROGRAMME_CODES } from '../domain/programme/loan-programme';
import { LOAN_PROGRAMMES, programmeInForce } from './loan-programmes';

describe('loan programme catalogue', () => {
  it('is sound: positive whole figures, no overlapping versions', () => {
    expect(catalogueProblems(LOAN_PROGRAMMES)).toEqual([]);
  });

  it('has every programme in force throughout the demo years 2022–2026', () => {
    for (const code of LOAN_PROGRAMME_CODES) {
      for (const date of ['2022-01-01', '2023-06-15', '2024-06-30', '2024-07-01', '2026-12-31']) {
        expect(programmeInForce(code, date)).not.toBeNull();
      }
    }
  });

  it('ships the rates of the issue in basis points', () => {
    const rateOf = (code: string) => programmeInForce(code, '2025-01-01')?.annualRateBasisPoints;
    expect(rateOf('poor_households')).toBe(660);
    expect(rateOf('near_poor_households')).toBe(792);
    expect(rateOf('newly_escaped_poverty')).toBe(825);
    expect(rateOf('job_creation')).toBe(792);
    expect(rateOf('working_abroad_priority')).toBe(660);
    expect(rateOf('clean_water_sanitation')).toBe(900);
  });

  it('picks the version by date, both ends inclusive', () => {
    expect(programmeInForce('clean_water_sanitation', '2024-06-30')?.maxAmount).toBe(20_000_000);
    expect(programmeInForce('clean_water_sanitation', '2024-07-01')?.maxAmount).toBe(25_000_000);
    expect(programmeInForce('poor_households', '2021-12-31')).toBeNull();
    expect(programmeInForce('no_such_programme', '2024-01-01')).toBeNull();
  });

  it('notes the legal basis of every version', () => {
    for (const version of LOAN_PROGRAMMES) expect(version.legalBasis.length).toBeGreaterThan(20);
  });

  it('reports overlapping versions as a configuration problem', () => {
    const [first] = LOAN_PROGRAMMES;
    const overlapping = [first!, { ...first!, validFrom: '2023-01-01', annualRateBasisPoints: 700 }];
    expect(catalogueProblems(overlapping)).toEqual([
      'poor_households@2022-01-01: overlaps another version',
      'poor_households@2023-01-01: overlaps another version',
    ]);
  });
});
