// The reference rounding for influenceReference.ts (before the score was tuned for speed).
// Largest-remainder rounding: whole-point parts that add up exactly to the rounded total, so the
// breakdown a rep reads ("62 = 24 + 18 + 8 + 12") never disagrees with the score beside it.

/**
 * Rounds each value down, then gives the points still missing to reach `total` to the values with
 * the largest fractional remainders (earlier index wins a tie). Requires values >= 0 and
 * floor-sum <= total <= floor-sum + values.length.
 */
export function apportion(values: readonly number[], total: number): number[] {
  const floors = values.map((v) => Math.floor(v));
  let missing = total - floors.reduce((a, b) => a + b, 0);
  if (missing <= 0) return floors;
  const order = values.map((v, i) => ({ i, remainder: v - Math.floor(v) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing -= 1;
  }
  return floors;
}
