// Cytoscape's toggleClass(cls, on) / addClass restyle (and redraw) every element they are given,
// even one that already is as asked; at 2,000 people a refresh that re-marks everyone costs a
// restyle of the whole map. This touches only the elements whose class really changes.
import type { SingularElementArgument } from 'cytoscape';

export function setClass(ele: SingularElementArgument, cls: string, on: boolean): void {
  if (ele.hasClass(cls) !== on) ele.toggleClass(cls, on);
}

/** Gives `cls` to exactly the elements of `all` whose id is in `ids`. */
export function setClassOn(all: { forEach(fn: (ele: SingularElementArgument) => void): unknown }, cls: string, ids: ReadonlySet<string>): void {
  all.forEach((ele) => setClass(ele, cls, ids.has(ele.id())));
}
