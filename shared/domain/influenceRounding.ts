// Largest-remainder rounding: whole-point parts that add up exactly to the rounded total, so the
// breakdown a rep reads ("62 = 24 + 18 + 8 + 12") never disagrees with the score beside it.

/**
 * Rounds each value down, then gives the points still missing to reach `total` to the values with
 * the largest fractional remainders (earlier index wins a tie). Requires values >= 0 and
 * floor-sum <= total <= floor-sum + values.length.
 */
export function apportion(values: readonly number[], total: number): number[] {
  const floors = new Array<number>(values.length);
  let missing = total;
  for (let i = 0; i < values.length; i++) missing -= floors[i] = Math.floor(values[i] ?? 0);
  if (missing <= 0) return floors;
  if (values.length === 1) {
    floors[0] = (floors[0] ?? 0) + 1;
    return floors;
  }
  const remainder = (i: number): number => (values[i] ?? 0) - (floors[i] ?? 0);
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) order.push(i);
  if (order.length > 32) order.sort((a, b) => remainder(b) - remainder(a) || a - b);
  else {
    // Insertion sort for the usual few values: equal remainders keep index order.
    for (let k = 1; k < order.length; k++) {
      const r = remainder(k);
      let x = k - 1;
      for (; x >= 0 && remainder(order[x] ?? 0) < r; x--) order[x + 1] = order[x] ?? 0;
      order[x + 1] = k;
    }
  }
  for (let k = 0; k < order.length && missing > 0; k++, missing--) floors[order[k] ?? 0] = (floors[order[k] ?? 0] ?? 0) + 1;
  return floors;
}
