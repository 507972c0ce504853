/**
 * Money is whole Vietnamese đồng held in a `number` that must be a safe integer. Nothing here ever
 * multiplies or divides money in floating point: interest goes through BigInt and one explicit
 * rounding rule, so the same inputs give the same đồng on every machine.
 */

/** A whole, non-negative number of đồng that a `number` can hold exactly. */
export function isVnd(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A whole, strictly positive number of đồng. */
export function isPositiveVnd(value: unknown): value is number {
  return isVnd(value) && value > 0;
}

/** `numerator ÷ denominator` rounded half up (both non-negative). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** 365 days × 10,000 basis points: the denominator of the interest rule. */
const INTEREST_DENOMINATOR = 3_650_000n;

/**
 * Simple interest on a principal for a number of days, the rule this library uses everywhere:
 *
 *   interest = principal × annual rate in basis points × days ÷ (365 × 10,000), rounded half up to the đồng
 *
 * (actual days, a 365-day year also in leap years). Example: 10,000,000 đ at 7.92 % (792 bp) for 30 days
 * = 10,000,000 × 792 × 30 ÷ 3,650,000 = 65,095.89… → 65,096 đ.
 */
export function simpleInterest(principal: number, annualRateBasisPoints: number, days: number): number {
  if (!isVnd(principal))
    throw new RangeError(`principal must be whole non-negative đồng: ${String(principal)}`);
  if (!Number.isSafeInteger(annualRateBasisPoints) || annualRateBasisPoints < 0) {
    throw new RangeError(`rate must be whole non-negative basis points: ${annualRateBasisPoints}`);
  }
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`days must be a whole count: ${days}`);
  const interest = divideRoundHalfUp(
    BigInt(principal) * BigInt(annualRateBasisPoints) * BigInt(days),
    INTEREST_DENOMINATOR,
  );
  return Number(interest);
}

/** A share as whole basis points, rounded half up (0 when the whole is 0). */
export function basisPointsOf(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Number(divideRoundHalfUp(BigInt(part) * 10_000n, BigInt(whole)));
}

export function sumVnd(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}
