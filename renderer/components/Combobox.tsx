// The one text-box-with-suggestions of the app (ARIA combobox pattern, list autocomplete): the
// input keeps focus, ↑/↓ move the active option (aria-activedescendant), Enter chooses it, Escape
// closes the list. The caller filters `items` from `value`; this component only handles the list.
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import './combobox.css';

export interface ComboboxProps<T> {
  /** The input's id, for a <label htmlFor>; generated when absent. */
  id?: string;
  /** Accessible name when there is no <label> for the input. */
  ariaLabel?: string;
  listLabel: string;
  value: string;
  onValueChange(value: string): void;
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T): ReactNode;
  onChoose(item: T): void;
  /** Shown in the list when the typed text finds nothing. */
  noneText?: string;
  /** Open the list on an empty text too (the caller then lists everyone), e.g. to browse with ↓. */
  listWhenEmpty?: boolean;
  /** Escape with the list already closed clears the text (a search box). */
  clearOnEscape?: boolean;
  /** Keys the caller handles first (e.g. Backspace removing the last chip); return true when handled. */
  onExtraKey?(e: KeyboardEvent<HTMLInputElement>): boolean;
  placeholder?: string;
  describedBy?: string | undefined;
  invalid?: boolean;
  className?: string;
  listClassName?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** `data-command-target` of the input: the command that focuses it finds it by this (renderer/commands). */
  commandTarget?: string;
}

export function Combobox<T>({ inputRef, ...props }: ComboboxProps<T>) {
  const { items, value, itemKey, onChoose, onValueChange } = props;
  const generated = useId();
  const inputId = props.id ?? `${generated}-input`;
  const listId = `${generated}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hasText = value.trim().length > 0;
  const showList = open && (hasText || (props.listWhenEmpty === true && items.length > 0));
  const current = Math.min(active, Math.max(0, items.length - 1));
  const optionId = (item: T) => `${listId}-${itemKey(item)}`;
  const activeItem = showList ? items[current] : undefined;
  const activeId = activeItem ? optionId(activeItem) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const choose = (item: T) => {
    onChoose(item);
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (props.onExtraKey?.(e)) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      if (!showList) {
        setOpen(true);
        setActive(step === 1 ? 0 : Math.max(0, items.length - 1));
      } else if (items.length) setActive((current + step + items.length) % items.length);
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && (hasText || showList)) {
      // Enter picks an option here; it submits a surrounding form only from other fields.
      e.preventDefault();
      const item = items[current] ?? items[0];
      if (item) choose(item);
    } else if (e.key === 'Escape') {
      if (showList) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      } else if (props.clearOnEscape && value) {
        e.preventDefault();
        onValueChange('');
      }
    }
  };

  return (
    <div className={`combobox${props.className ? ` ${props.className}` : ''}`}>
      <input
        id={inputId}
        ref={inputRef}
        data-command-target={props.commandTarget}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-label={props.ariaLabel}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        aria-activedescendant={activeId}
        placeholder={props.placeholder}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
        <ul className={`combobox-list${props.listClassName ? ` ${props.listClassName}` : ''}`} id={listId} role="listbox" aria-label={props.listLabel}>
          {items.length === 0 ? (
            <li className="combobox-none" role="presentation">
              {props.noneText}
            </li>
          ) : (
            items.map((item, i) => (
              <li
                key={itemKey(item)}
                id={optionId(item)}
                role="option"
                aria-selected={i === current}
                className={i === current ? 'active' : ''}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(item);
                }}
                onMouseEnter={() => setActive(i)}
              >
                {props.renderItem(item)}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
