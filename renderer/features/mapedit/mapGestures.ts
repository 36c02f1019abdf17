// The map's pointer gestures for editing, kept apart from the adapter's tap/drag and from keyboard
// navigation: hover shows the card (never while dragging), right-click opens the person's menu,
// double-click opens the person, the handle drags a new relationship. Returns an uninstaller.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { setPathHighlight } from '../../graph/pathHighlight';
import { installConnectGesture, type ConnectGesture } from './connectGesture';
import { nodeBox, pointBox } from './nodeBox';
import { useMapEdit } from './store';

/** After leaving a node, the card waits this long, so the pointer can reach the connect handle. */
const HOVER_GRACE_MS = 180;

export interface GestureHandlers {
  openPerson(personId: string): void;
  /** The person whose menu the ContextMenu key / Shift+F10 opens (the selected one), or null. */
  menuTarget(): string | null;
}

export interface MapEditGestures {
  connect: ConnectGesture;
  /** Keeps the card while the pointer is on the handle; `false` lets it go. */
  holdHover(hold: boolean): void;
  destroy(): void;
}

/** Where focus goes back after a right-click menu: what had focus, else the map itself. */
function returnTarget(container: HTMLElement | null): HTMLElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return active;
  if (!container) return null;
  // Focusable from script only (never a Tab stop of its own) unless the map already set its own tab order.
  if (!container.hasAttribute('tabindex')) container.tabIndex = -1;
  return container;
}

const isPerson = (target: unknown): target is NodeSingular =>
  !!target && typeof (target as NodeSingular).isNode === 'function' && (target as NodeSingular).isNode() && !(target as NodeSingular).hasClass('eh-ghost-node');

export function installMapGestures(cy: Core, handlers: GestureHandlers): MapEditGestures {
  const edit = useMapEdit.getState;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  let held = false;
  const cancelHide = () => {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = null;
  };
  const connect = installConnectGesture(cy, {
    onDrawing: (drawing) => edit().setBusy(drawing),
    onDropped: (fromId, toId, target) => edit().openConnect(fromId, toId, nodeBox(target)),
  });

  const onOver = (e: EventObject) => {
    if (!isPerson(e.target) || connect.drawing) return;
    cancelHide();
    edit().setHover({ personId: e.target.id(), box: nodeBox(e.target) });
  };
  // Back on the same person after a menu or form (Cytoscape sends no new mouseover then).
  const onMove = (e: EventObject) => {
    const hover = edit().hover;
    if (isPerson(e.target) && (!hover || hover.personId !== e.target.id()) && !edit().busy) onOver(e);
  };
  const onOut = () => {
    cancelHide();
    hideTimer = setTimeout(() => {
      if (!held) edit().setHover(null);
    }, HOVER_GRACE_MS);
  };
  const onDrag = () => edit().setBusy(true);
  const onFree = () => {
    if (!connect.drawing) edit().setBusy(false);
  };
  const onViewport = () => {
    if (edit().hover) edit().setHover(null);
  };
  const onContext = (e: EventObject) => {
    const mouse = e.originalEvent as MouseEvent | undefined;
    if (!isPerson(e.target)) {
      if (edit().menu) edit().close();
      return;
    }
    const box = mouse ? pointBox(mouse.clientX, mouse.clientY) : nodeBox(e.target);
    edit().openMenu(e.target.id(), box, returnTarget(cy.container()));
  };
  const clearPath = () => {
    if (!edit().pathFor) return;
    setPathHighlight(cy, null);
    edit().setPathFor(null);
  };
  // Cytoscape calls two quick taps a double tap even on two different people (a click, then a
  // Ctrl-click adding someone): only two plain taps on the same person open them.
  let taps: Array<string | null> = [];
  const onTap = (e: EventObject) => {
    const key = e.originalEvent as MouseEvent | undefined;
    const plain = !key || !(key.ctrlKey || key.metaKey || key.shiftKey);
    taps = [taps[taps.length - 1] ?? null, isPerson(e.target) && plain ? e.target.id() : null];
    clearPath();
  };
  const onDouble = (e: EventObject) => {
    if (isPerson(e.target) && taps[0] === e.target.id() && taps[1] === e.target.id()) handlers.openPerson(e.target.id());
  };
  const container = cy.container();
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ContextMenu' && !(e.key === 'F10' && e.shiftKey)) return;
    const id = handlers.menuTarget();
    const node = id ? cy.getElementById(id) : null;
    if (!node || node.empty()) return;
    e.preventDefault();
    edit().openMenu(node.id(), nodeBox(node));
  };

  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('mousemove', 'node', onMove);
  cy.on('drag', 'node', onDrag);
  cy.on('free', 'node', onFree);
  cy.on('viewport', onViewport);
  cy.on('cxttap', onContext);
  cy.on('dbltap', 'node', onDouble);
  cy.on('tap', onTap);
  container?.addEventListener('keydown', onKey);

  return {
    connect,
    holdHover(hold) {
      held = hold;
      if (hold) cancelHide();
      else onOut();
    },
    destroy() {
      cancelHide();
      container?.removeEventListener('keydown', onKey);
      connect.destroy();
      if (cy.destroyed()) return;
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('mousemove', 'node', onMove);
      cy.off('drag', 'node', onDrag);
      cy.off('free', 'node', onFree);
      cy.off('viewport', onViewport);
      cy.off('cxttap', onContext);
      cy.off('dbltap', 'node', onDouble);
      cy.off('tap', onTap);
    },
  };
}
