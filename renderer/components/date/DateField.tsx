// A date field that speaks the app's language (Chromium's <input type="date"> speaks the browser's):
// a text box showing the day as the language writes it ("2026年12月1日" / "1 Dec 2026"), typed in
// either language or as 2026-12-01, ↑/↓ for the next or previous day, and a calendar (react-day-picker,
// keyboard operable) in the same language. The form gets and gives "YYYY-MM-DD" as before.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../stores/ui';
import { addDaysIso, formatDayText, parseDayText } from './dayText';
import { CalendarPopover } from './CalendarPopover';
import './dateField.css';
import { Chevron } from '../Chevron';

export interface DateFieldProps {
  id: string;
  /** "YYYY-MM-DD", or "" for none. */
  value: string;
  /** Called with "YYYY-MM-DD", "" when cleared, or the raw text when it is not a day (the form's check then names it). */
  onChange(value: string): void;
  min?: string;
  max?: string;
  required?: boolean;
  'aria-invalid'?: true | undefined;
  'aria-describedby'?: string | undefined;
  /** For a field whose visible label is shorter than its name (the toolbar's time-travel day). */
  'aria-label'?: string;
  title?: string;
  'data-autofocus'?: boolean;
}

export function DateField({ id, value, onChange, min, max, required, title, ...aria }: DateFieldProps) {
  const { t } = useTranslation();
  const language = useUi((s) => s.language);
  const shown = formatDayText(value, language);
  const [draft, setDraft] = useState(shown);
  const [open, setOpen] = useState(false);
  const editing = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  // The value changed from outside (a reset, a suggestion, a language switch): show it.
  useEffect(() => {
    if (!editing.current) setDraft(shown);
  }, [shown]);

  const type = (text: string) => {
    setDraft(text);
    onChange(text.trim() === '' ? '' : (parseDayText(text) ?? text));
  };
  const step = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && e.altKey) {
      e.preventDefault();
      setOpen(true);
      return;
    }
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    const day = parseDayText(draft) ?? value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    e.preventDefault();
    const next = addDaysIso(day, e.key === 'ArrowUp' ? 1 : -1);
    if ((min && next < min) || (max && next > max)) return;
    setDraft(formatDayText(next, language));
    onChange(next);
  };

  return (
    <span className="date-field">
      <input
        ref={input}
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        value={draft}
        data-value={value}
        required={required}
        title={title}
        placeholder={formatDayText('2026-12-01', language)}
        {...aria}
        onFocus={() => (editing.current = true)}
        onBlur={() => {
          editing.current = false;
          const day = parseDayText(draft);
          if (day) setDraft(formatDayText(day, language));
        }}
        onKeyDown={step}
        onChange={(e) => type(e.target.value)}
      />
      <button type="button" className="date-field-open" aria-label={t('app.chooseDate')} aria-expanded={open} aria-haspopup="dialog" onClick={() => setOpen(!open)}>
        <Chevron />
      </button>
      {open ? (
        <CalendarPopover
          value={/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null}
          min={min}
          max={max}
          language={language}
          onPick={(day) => {
            setDraft(formatDayText(day, language));
            onChange(day);
            setOpen(false);
            input.current?.focus();
          }}
          onClose={() => {
            setOpen(false);
            input.current?.focus();
          }}
        />
      ) : null}
    </span>
  );
}
