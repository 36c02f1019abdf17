// When a key belongs to what the rep is typing (or to an open dialog) rather than to a shortcut.

/** The event comes from a text field, a select, or editable content. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

/** A modal dialog is open: its keys are its own. */
export function modalOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}
