/** Number formatting for messages. */

/**
 * A ratio with 2 decimals, or more when 2 would round it across a limit
 * (0.6496 must not read "0.65" while it fails 0.65 ≤ r).
 */
export function formatRatio(value: number, min: number, max: number): string {
  const inside = (x: number): boolean => x >= min && x <= max;
  for (let digits = 2; digits <= 6; digits += 1) {
    const text = value.toFixed(digits);
    if (inside(Number(text)) === inside(value)) return text;
  }
  return String(value);
}

/** A 0..1 share as a percentage rounded DOWN to one decimal, so 91.96 % never reads "92". */
export function formatPercentDown(share: number): string {
  const tenths = Math.floor(share * 1000 + 1e-9);
  return String(tenths / 10);
}

/** Bytes in K (1024) with one decimal. */
export function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Bytes in M (1024 × 1024) with two decimals. */
export function mib(bytes: number): string {
  return (bytes / 1048576).toFixed(2);
}
