/**
 * Money in Vietnamese đồng. Amounts are always integers (đồng has no subunit in use); every calculation
 * in the platform works on integers and rounds explicitly with roundHalfUp().
 */

/** Throws unless `n` is a safe integer: money never travels as a fraction. */
export function assertDong(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of đồng: ${n}`);
}

/** "1.234.000": the thousands separated by dots, as Vietnamese documents write them. */
export function formatThousands(n: number): string {
  assertDong(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${digits}` : digits;
}

/** "1.234.000 đồng". */
export function formatVnd(n: number): string {
  return `${formatThousands(n)} đồng`;
}

/**
 * numerator / denominator rounded to the nearest integer, halves away from zero (the rounding taught in
 * Vietnamese schools and used in accounting). Both arguments are integers; the result is exact.
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  assertDong(numerator);
  assertDong(denominator);
  if (denominator === 0) throw new RangeError('Division by zero');
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const a = Math.abs(numerator);
  const b = Math.abs(denominator);
  const q = Math.floor(a / b);
  const r = a - q * b;
  return sign * (2 * r >= b ? q + 1 : q);
}

/** `amount` rounded half up to a multiple of `unit` (1: unchanged; 1000: to the nearest thousand). */
export function roundToUnit(amount: number, unit: number): number {
  if (unit <= 1) return amount;
  return roundHalfUp(amount, unit) * unit;
}
