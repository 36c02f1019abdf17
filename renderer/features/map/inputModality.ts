// How the rep last drove the app: with a pointer (mouse, pen, touch) or the keyboard. The map's focus
// ring is a keyboard cue, so it shows only when focus arrives by keyboard. Chromium's :focus-visible
// also matches when a script gives focus back after a mouse click on a menu item (the menu was
// focused by script), which drew the ring — and redrew every person on the map — after each click
// in the person menu.
export type Modality = 'pointer' | 'keyboard';

let last: Modality = 'keyboard';
let installed = false;

/** Starts listening (once per page); capture phase, so nothing the app does can hide an event. */
export function watchInputModality(target: Window = window): void {
  if (installed) return;
  installed = true;
  target.addEventListener('pointerdown', () => (last = 'pointer'), true);
  target.addEventListener('keydown', (e) => {
    // A modifier alone (Ctrl before a click) is not a keyboard arrival.
    if (!['Control', 'Shift', 'Alt', 'Meta'].includes(e.key)) last = 'keyboard';
  }, true);
}

export function lastInputModality(): Modality {
  return last;
}
