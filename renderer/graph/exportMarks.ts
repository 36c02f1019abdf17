// The screen's temporary marks (selection, search dimming, "changed since", a path pointed at, the
// people joined by a line being drawn) are the rep's working state, not the account: exports take
// them off for the moment of the render and put them back. Only "changed since" can be kept, when the rep ticks it in the export dialog
// (and then the export's legend names it).
import type { Core } from 'cytoscape';
import { CONNECT_MARK_CLASSES } from './connectStyle';
import { PATH_CLASS, PATH_FADED_CLASS } from './pathHighlight';

/** Node and edge classes that mark screen state; a new temporary mark belongs in this list. */
export const TEMPORARY_MARKS = ['selected', 'dimmed', PATH_CLASS, PATH_FADED_CLASS, ...CONNECT_MARK_CLASSES] as const;
export const CHANGED_MARK = 'changed';

export interface MarkOptions {
  /** Keep the "changed since" outline (the rep asked for it). */
  keepChanged?: boolean;
}

export function withoutTemporaryMarks<T>(cy: Core, fn: () => T, o: MarkOptions = {}): T {
  const classes = o.keepChanged ? [...TEMPORARY_MARKS] : [...TEMPORARY_MARKS, CHANGED_MARK];
  const taken = classes.map((c) => [c, cy.elements(`.${c}`)] as const).filter(([, els]) => els.nonempty());
  // Cytoscape's own hover/grab state (:active) is drawn as an overlay; exports draw no overlays.
  cy.batch(() => {
    for (const [c, els] of taken) els.removeClass(c);
  });
  try {
    return fn();
  } finally {
    cy.batch(() => {
      for (const [c, els] of taken) els.addClass(c);
    });
  }
}
