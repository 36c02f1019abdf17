// A small whole-number input that lets the rep clear and retype; only valid numbers reach the store.
import { useState } from 'react';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onCommit(value: number): void;
}

export function NumberField({ label, value, min, max, step = 1, onCommit }: Props) {
  // null while not editing: the field shows the stored value.
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      type="number"
      className="key-number"
      aria-label={label}
      min={min}
      max={max}
      step={step}
      value={text ?? String(value)}
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) onCommit(n);
      }}
      onBlur={() => setText(null)}
    />
  );
}
