// An element's first style pass without Cytoscape's change triggers. For every property that changes
// as a style is applied, Cytoscape (3.35) clears the element's style cache and that of every line
// touching it (a `connectedEdges()` walk per property), clears its bounds (one 'bounds' event per
// property) and asks for a new z-order. For an element being styled for the first time every property
// "changes" — and there is nothing to clear: its bounds, its lines' bounds and routes and the z-order
// are all computed from its style, which it does not have yet, and a new element is in the z-order
// the renderer rebuilds after an `add`. Measured on opening a 2,000-person account: ~470 ms of the
// ~1 s it takes to add and style everyone (checkTriggers); at 20,000 people ~1.7 s.
//
// So `checkTriggers` only drops the style cache while an element has never been styled, and keeps
// Cytoscape's full behaviour from then on — after a stylesheet change too (Cytoscape then treats
// every element as unstyled again, but their bounds exist: they get the full triggers). Installed
// once, on Cytoscape's shared style prototype, for every instance (the map and the brief's).
import type { Core } from 'cytoscape';

interface ElementPrivate {
  styleCache: unknown;
  appliedInitStyle?: boolean;
  /** Ours: this element has had a style applied at least once. */
  pmStyled?: boolean;
}

interface StyleElement {
  _private: ElementPrivate;
}

type Triggers = (this: unknown, ele: StyleElement, name: string, from: unknown, to: unknown) => void;
type Apply = (this: unknown, eles: ArrayLike<StyleElement>) => unknown;

interface StylePrototype {
  checkTriggers: Triggers;
  apply: Apply;
  _powermapFirstStyle?: true;
}

/** Patches the style prototype of `cy` (once per page); true when it is in place. */
export function quickFirstStyle(cy: Core): boolean {
  // A headless instance without styles (some unit tests) has no style object: nothing to patch.
  const style = cy.style() as unknown;
  if (typeof style !== 'object' || style === null) return false;
  const proto = Object.getPrototypeOf(style) as Partial<StylePrototype>;
  if (proto._powermapFirstStyle) return true;
  const triggers = proto.checkTriggers;
  const apply = proto.apply;
  // A Cytoscape without these internals keeps its own behaviour (just slower).
  if (typeof triggers !== 'function' || typeof apply !== 'function') return false;
  proto.checkTriggers = function (ele, name, from, to) {
    const p = ele._private;
    if (!p.pmStyled && !p.appliedInitStyle) {
      p.styleCache = null;
      return;
    }
    triggers.call(this, ele, name, from, to);
  };
  proto.apply = function (eles) {
    const updated = apply.call(this, eles);
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i];
      if (ele) ele._private.pmStyled = true;
    }
    return updated;
  };
  proto._powermapFirstStyle = true;
  return true;
}
