// Drag from one person to another to connect them (cytoscape-edgehandles): the line is only a
// preview; on release over a person the in-place form asks the type and strength, and only its
// answer creates the relationship. Escape while drawing, or releasing over empty map, creates
// nothing. The line's look: graph/connectStyle.ts.
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';

cytoscape.use(edgehandles);

/** The part of cytoscape-edgehandles 4 used here (its README, "API"). */
interface EdgeHandles {
  start(source: NodeSingular): void;
  stop(): void;
  enable(): void;
  disable(): void;
  destroy(): void;
  /** True while a line is being drawn. */
  active: boolean;
}
interface EdgeHandlesOptions {
  canConnect(source: NodeSingular, target: NodeSingular): boolean;
  edgeParams(source: NodeSingular, target: NodeSingular): object;
  hoverDelay: number;
  snap: boolean;
  snapThreshold: number;
  /** Required: the extension divides by it without falling back to its default. */
  snapFrequency: number;
}

export interface ConnectHandlers {
  onDrawing(drawing: boolean): void;
  /** Released over another person. */
  onDropped(fromId: string, toId: string, target: NodeSingular): void;
}

export interface ConnectGesture {
  /** Starts drawing from this person (the handle was pressed). */
  start(personId: string): void;
  readonly drawing: boolean;
  setEnabled(enabled: boolean): void;
  destroy(): void;
}

export function installConnectGesture(cy: Core, handlers: ConnectHandlers): ConnectGesture {
  const eh = (cy as unknown as { edgehandles(o: EdgeHandlesOptions): EdgeHandles }).edgehandles({
    canConnect: (source, target) => !source.same(target) && target.isNode() && !target.hasClass('eh-ghost-node'),
    edgeParams: () => ({}),
    hoverDelay: 60,
    snap: true,
    snapThreshold: 16,
    snapFrequency: 15,
  });
  let cancelled = false;
  let enabled = true;
  const onStart = () => {
    cancelled = false;
    handlers.onDrawing(true);
  };
  const onStop = () => handlers.onDrawing(false);
  const onComplete = (_e: EventObject, source: NodeSingular, target: NodeSingular, added: cytoscape.EdgeCollection) => {
    // The drawn line is a preview: the relationship exists only once the form is answered.
    added.remove();
    if (!cancelled) handlers.onDropped(source.id(), target.id(), target);
  };
  cy.on('ehstart', onStart);
  cy.on('ehstop', onStop);
  cy.on('ehcomplete', onComplete as unknown as cytoscape.EventHandler);
  // The gesture starts on a handle outside the canvas, so the release may happen anywhere.
  const onUp = () => {
    if (eh.active) eh.stop();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !eh.active) return;
    e.preventDefault();
    cancelled = true;
    eh.stop();
  };
  window.addEventListener('mouseup', onUp);
  window.addEventListener('keydown', onKey, true);
  return {
    start(personId) {
      const node = cy.getElementById(personId);
      if (enabled && node.nonempty() && node.isNode()) eh.start(node);
    },
    get drawing() {
      return eh.active;
    },
    setEnabled(on) {
      enabled = on;
      if (on) eh.enable();
      else eh.disable();
    },
    destroy() {
      window.removeEventListener('mouseup', onUp);
      window.removeEventListener('keydown', onKey, true);
      if (!cy.destroyed()) {
        cy.off('ehstart', onStart);
        cy.off('ehstop', onStop);
        cy.off('ehcomplete', onComplete as unknown as cytoscape.EventHandler);
        eh.destroy();
      }
    },
  };
}
