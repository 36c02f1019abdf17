// A button that opens a menu of actions (the WAI-ARIA menu button pattern): Enter, Space or ↓ open it
// on the first item, ↑ on the last; ↑ ↓ Home End move between items; Enter runs one; Escape closes it
// and returns to the button; Tab or a click elsewhere closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './menuButton.css';
import { Chevron } from './Chevron';

export interface MenuItem {
  id: string;
  label: string;
  onSelect(): void;
}

export function MenuButton({ label, text, items, className }: { label: string; text: string; items: MenuItem[]; className?: string }) {
  const [open, setOpen] = useState(false);
  const [focus, setFocus] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focus]?.focus();
  }, [open, focus]);

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const show = (at: number) => {
    setFocus(at);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      show(e.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: focus >= last ? 0 : focus + 1, ArrowUp: focus <= 0 ? last : focus - 1, Home: 0, End: last };
    if (e.key in moves) {
      e.preventDefault();
      setFocus(moves[e.key]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };
  const run = (item: MenuItem) => {
    close(true);
    item.onSelect();
  };

  return (
    <div className={`menu-button${className ? ` ${className}` : ''}`}>
      <button ref={button} type="button" aria-label={label} aria-haspopup="menu" aria-expanded={open} aria-controls={open ? menuId : undefined} onClick={() => (open ? close(false) : show(0))} onKeyDown={onButtonKey}>
        {text} <Chevron />
      </button>
      {open ? (
        <ul ref={menu} id={menuId} role="menu" aria-label={label} className="menu-list" onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <li key={item.id} role="none">
              <button type="button" role="menuitem" tabIndex={i === focus ? 0 : -1} onClick={() => run(item)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
