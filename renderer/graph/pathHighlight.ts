// A path to power shown on the live map while the rep points at it in the person panel: its people
// ringed and its lines drawn thick in amber, everything else stepped back. Temporary screen state:
// exports strip these classes (PATH_MARK_CLASSES) so the picture shows the account, not the pointer.
import type { Core, StylesheetJson } from 'cytoscape';

export const PATH_CLASS = 'path-hl';
export const PATH_FADED_CLASS = 'path-faded';
/** Every class this file sets; exports remove them while drawing. */
export const PATH_MARK_CLASSES = `${PATH_CLASS} ${PATH_FADED_CLASS}`;
export const PATH_COLOUR = '#e65100';

export interface PathMarks {
  personIds: readonly string[];
  relationshipIds: readonly string[];
}

/** Marks `path` on the map (null clears). Ids not on the map are ignored. */
export function setPathHighlight(cy: Core, path: PathMarks | null): void {
  cy.batch(() => {
    cy.elements(`.${PATH_CLASS}, .${PATH_FADED_CLASS}`).removeClass(PATH_MARK_CLASSES);
    if (!path) return;
    const on = cy.collection();
    for (const id of [...path.personIds, ...path.relationshipIds]) {
      const el = cy.getElementById(id);
      if (el.nonempty()) on.merge(el);
    }
    if (on.empty()) return;
    on.addClass(PATH_CLASS);
    cy.elements().not(on).addClass(PATH_FADED_CLASS);
  });
}

/** Stylesheet rules; placed last so the path wins over quiet/dimmed lines. */
export function pathHighlightStyle(): StylesheetJson {
  return [
    { selector: `node.${PATH_FADED_CLASS}, edge.${PATH_FADED_CLASS}`, style: { opacity: 0.3 } },
    { selector: `node.${PATH_CLASS}`, style: { opacity: 1, 'outline-color': PATH_COLOUR, 'outline-width': 5, 'outline-offset': 4, 'outline-opacity': 1, 'outline-style': 'solid' } },
    { selector: `edge.${PATH_CLASS}`, style: { opacity: 1, width: 6, 'line-color': PATH_COLOUR, 'target-arrow-color': PATH_COLOUR, 'z-index': 10 } },
  ];
}
