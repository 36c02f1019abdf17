// Keyboard rules of a modal dialog: focus starts on its first field, Tab and Shift+Tab stay inside it,
// Escape closes it, and on close focus returns to whatever opened it (a button, or the map for a shortcut).
// Dialogs opened over a dialog (a confirmation inside Backups) stack: only the top one answers keys.
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The dialog's tab stops in document order (hidden ones and those inside a closed <details> left out). */
export function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.tabIndex < 0 || el.getClientRects().length === 0) return false;
    const closed = el.closest('details:not([open])');
    return !closed || (el.tagName === 'SUMMARY' && el.parentElement === closed);
  });
}

/** Open dialogs, oldest first; the last one owns the keyboard. */
const open: object[] = [];

export function useDialogFocus(root: RefObject<HTMLElement | null>, onEscape: () => void): void {
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  }, [onEscape]);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const me = {};
    open.push(me);
    const el = root.current;
    if (el) (el.querySelector<HTMLElement>('[data-autofocus]') ?? tabStops(el)[0])?.focus();
    const onKey = (e: KeyboardEvent) => {
      const box = root.current;
      // A control inside that used the key itself (a list closing on Escape) has said so.
      if (!box || e.defaultPrevented || open[open.length - 1] !== me) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        escape.current();
        return;
      }
      if (e.key !== 'Tab') return;
      const stops = tabStops(box);
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (!first || !last) return;
      const inside = box.contains(document.activeElement);
      if (e.shiftKey && (document.activeElement === first || !inside)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      open.splice(open.indexOf(me), 1);
      if (opener && opener.isConnected) opener.focus();
    };
  }, [root]);
}
