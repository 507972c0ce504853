/**
 * The legal ceiling of the service fee (tiền dịch vụ) a licensed enterprise may charge a worker
 * going abroad under contract, Law 69/2020/QH14 (Luật Người lao động Việt Nam đi làm việc ở nước
 * ngoài theo hợp đồng), art. 23: at most one month of the contract wage for each 12 months of
 * work, and at most three months of wage for a contract of 36 months or more.
 *
 * The rule applied here, in whole units of the contract currency:
 *
 *   cap = floor(monthly wage × min(term in months, 36) ÷ 12)
 *
 * Terms that are not a multiple of 12 are pro-rata (18 months → 1.5 months of wage), rounded down
 * to the whole unit so the cap is never above what the law allows. Circular 21/2021/TT-BLĐTBXH sets
 * lower ceilings for some markets and jobs; those are not encoded here (see the README).
 */
export const SERVICE_FEE_MONTHS_PER_12_MONTHS = 1;
/** From this term on, the cap stops growing (three months of wage). */
export const SERVICE_FEE_TERM_CEILING_MONTHS = 36;

export function serviceFeeCap(monthlyWage: number, termMonths: number): number {
  if (!Number.isSafeInteger(monthlyWage) || monthlyWage < 0) {
    throw new RangeError(`monthly wage must be a whole non-negative amount: ${monthlyWage}`);
  }
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    throw new RangeError(`term must be a whole positive number of months: ${termMonths}`);
  }
  const countedMonths = BigInt(Math.min(termMonths, SERVICE_FEE_TERM_CEILING_MONTHS));
  return Number((BigInt(monthlyWage) * BigInt(SERVICE_FEE_MONTHS_PER_12_MONTHS) * countedMonths) / 12n);
}
