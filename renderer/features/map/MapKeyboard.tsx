// The map by keyboard: Tab into it and a person gets the focus ring (the selected one, or the one nearest
// the centre); arrow keys move to the nearest person in that direction; Enter opens, Delete deletes (after
// the usual confirmation), Escape clears. The focused person's name is read out by screen readers.
import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { tinykeys } from 'tinykeys';
import { COMMANDS } from '../../commands/registry';
import { bindingsOf } from '../../commands/useShortcuts';
import { isTyping, modalOpen } from '../../commands/typing';
import { graph } from '../../graph/instance';
import { people } from '../../graph/guides';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { lastInputModality, watchInputModality } from './inputModality';
import { setMapFocus, useMapFocus } from './mapFocus';
import { nearestInDirection, startingPerson, type Direction, type Spot } from './nearestPerson';

const RING = 'kbd-focus';
/** The map region is described by this line: how to move, then who has the focus. */
export const MAP_HINT_ID = 'map-keyboard-line';
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

function shownSpots(): Spot[] {
  const cy = graph.instance;
  if (!cy) return [];
  return people(cy)
    .filter(':visible')
    .nodes()
    .map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y') }));
}

/** Puts the ring on the focused person (and only them), and brings them into view if they are outside it. */
function drawRing(personId: string | null, reveal: boolean): void {
  const cy = graph.instance;
  if (!cy) return;
  cy.batch(() => {
    cy.nodes(`.${RING}`).removeClass(RING);
    if (personId) cy.getElementById(personId).addClass(RING);
  });
  const node = personId ? cy.getElementById(personId) : null;
  if (!reveal || !node || node.empty()) return;
  const p = node.renderedPosition();
  if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) cy.center(node);
}

function startFocus(): string | null {
  const cy = graph.instance;
  if (!cy) return null;
  const ext = cy.extent();
  return startingPerson(shownSpots(), { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 }, useSelection.getState().personId);
}

export function MapKeyboard({ container }: { container: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const focusedId = useMapFocus((s) => s.personId);
  const person = useMap((s) => s.map?.people.find((p) => p.id === focusedId) ?? null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    watchInputModality();
    const move = (dir: Direction) => (e: KeyboardEvent) => {
      if (e.defaultPrevented || modalOpen() || isTyping(e.target)) return;
      e.preventDefault();
      const spots = shownSpots();
      const current = spots.find((s) => s.id === useMapFocus.getState().personId);
      const next = current ? (nearestInDirection(current, spots, dir) ?? current.id) : startFocus();
      setMapFocus(next);
      drawRing(next, true);
    };
    const mapCommands = COMMANDS.filter((c) => c.scope === 'map' && c.id !== 'visit.log');
    const unbind = tinykeys(el, { ...bindingsOf(mapCommands), ...Object.fromEntries(Object.entries(ARROWS).map(([key, dir]) => [key, move(dir)])) }, { ignore: () => false });
    const onFocus = (e: FocusEvent) => {
      // Only a keyboard arrival (Tab, or Enter in the person menu) shows the ring; a click on the map, or
      // on a menu item that then gives focus back, focuses it too.
      if (e.target !== el || !el.matches(':focus-visible') || lastInputModality() !== 'keyboard') return;
      const id = useMapFocus.getState().personId ?? startFocus();
      setMapFocus(id);
      drawRing(id, true);
    };
    // The ring is a keyboard cue: it goes when the map loses focus (the person commands then act on the selection).
    const onBlur = (e: FocusEvent) => {
      if (e.target !== el) return;
      setMapFocus(null);
      drawRing(null, false);
    };
    el.addEventListener('focus', onFocus);
    el.addEventListener('blur', onBlur);
    // A redraw (new data, a layout) keeps the ring on the same person.
    const offChange = graph.onChange(() => drawRing(useMapFocus.getState().personId, false));
    return () => {
      unbind();
      offChange();
      el.removeEventListener('focus', onFocus);
      el.removeEventListener('blur', onBlur);
    };
  }, [container]);

  useEffect(() => {
    drawRing(focusedId, false);
  }, [focusedId]);

  return (
    <p className="visually-hidden" id={MAP_HINT_ID} aria-live="polite" data-testid="map-focus">
      {person ? t('command.mapFocus', { name: person.name, title: person.title }) : t('command.mapHint')}
    </p>
  );
}
