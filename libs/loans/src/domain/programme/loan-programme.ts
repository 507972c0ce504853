import type { BilingualMessage } from '@vieclam/platform/domain';

/**
 * A household's class as the loans context needs it. The households context owns the poverty
 * review; this is the consumer-side reading of it (`newly_escaped`: left poverty or near-poverty
 * within the last 36 months, the window of QĐ 28/2015/QĐ-TTg).
 */
export type HouseholdPovertyClass = 'poor' | 'near_poor' | 'newly_escaped' | 'average_living_standard';

export const LOAN_PROGRAMME_CODES = [
  'poor_households',
  'near_poor_households',
  'newly_escaped_poverty',
  'job_creation',
  'working_abroad_priority',
  'working_abroad',
  'clean_water_sanitation',
] as const;
export type LoanProgrammeCode = (typeof LOAN_PROGRAMME_CODES)[number];

/**
 * One version of a programme's terms, in force from `validFrom` to `validTo` (both inclusive; `null`:
 * until replaced). A change of rate or limit is a new version with a later `validFrom`, never an
 * edit of the old one: loans fix their terms from the version in force when they are approved.
 */
export interface LoanProgrammeVersion {
  code: LoanProgrammeCode;
  name: BilingualMessage;
  eligibility: {
    /** The household classes that may borrow; `null`: any household. */
    householdClasses: readonly HouseholdPovertyClass[] | null;
    /** The borrower must hold an overseas employment contract valid on the application date. */
    overseasContract: boolean;
  };
  /** The loan must say how many jobs it creates and who fills them. */
  createsJobs: boolean;
  /** Whole đồng per loan. */
  maxAmount: number;
  maxTermMonths: number;
  /** e.g. 6.6 %/year = 660. */
  annualRateBasisPoints: number;
  validFrom: string;
  validTo: string | null;
  /** The decisions the figures come from, as text. */
  legalBasis: string;
  /** Figures not verified against the current decisions (empty when all are sure). */
  toVerify: readonly string[];
}

/** The version of `code` in force on `date`, or `null` when none is. */
export function findProgrammeInForce(
  catalogue: readonly LoanProgrammeVersion[],
  code: string,
  date: string,
): LoanProgrammeVersion | null {
  const inForce = catalogue.filter(
    (version) =>
      version.code === code &&
      version.validFrom <= date &&
      (version.validTo === null || date <= version.validTo),
  );
  // Overlapping versions are a configuration error the catalogue check reports; the latest start wins.
  return inForce.sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0] ?? null;
}

/** Configuration mistakes in a catalogue (overlaps, bad figures); empty when it is sound. */
export function catalogueProblems(catalogue: readonly LoanProgrammeVersion[]): string[] {
  const problems: string[] = [];
  for (const version of catalogue) {
    const label = `${version.code}@${version.validFrom}`;
    if (!Number.isSafeInteger(version.maxAmount) || version.maxAmount <= 0)
      problems.push(`${label}: maxAmount`);
    if (!Number.isSafeInteger(version.maxTermMonths) || version.maxTermMonths <= 0) {
      problems.push(`${label}: maxTermMonths`);
    }
    if (!Number.isSafeInteger(version.annualRateBasisPoints) || version.annualRateBasisPoints <= 0) {
      problems.push(`${label}: annualRateBasisPoints`);
    }
    if (version.validTo !== null && version.validTo < version.validFrom) problems.push(`${label}: validTo`);
    const overlapping = catalogue.filter(
      (other) =>
        other !== version &&
        other.code === version.code &&
        other.validFrom <= (version.validTo ?? '9999-12-31') &&
        version.validFrom <= (other.validTo ?? '9999-12-31'),
    );
    if (overlapping.length > 0) problems.push(`${label}: overlaps another version`);
  }
  return problems;
}
