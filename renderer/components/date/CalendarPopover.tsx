// The calendar under a DateField: react-day-picker in the app's language; arrow keys move between
// days, Enter picks, Escape closes (focus goes back to the text box).
import { DayPicker } from 'react-day-picker';
import { enGB, zhCN } from 'react-day-picker/locale';
import { useTranslation } from 'react-i18next';
import 'react-day-picker/style.css';

interface Props {
  value: string | null;
  min?: string;
  max?: string;
  language: string;
  onPick(day: string): void;
  onClose(): void;
}

const toDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
const toIso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function CalendarPopover({ value, min, max, language, onPick, onClose }: Props) {
  const { t } = useTranslation();
  const selected = value ? toDate(value) : undefined;
  const disabled = [...(min ? [{ before: toDate(min) }] : []), ...(max ? [{ after: toDate(max) }] : [])];
  return (
    <div
      className="date-field-popover"
      role="dialog"
      aria-label={t('app.chooseDate')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // The calendar closes, not the dialog the field sits in.
          e.stopPropagation();
          e.nativeEvent.stopImmediatePropagation();
          onClose();
        }
      }}
    >
      <DayPicker
        mode="single"
        autoFocus
        locale={language === 'zh-CN' ? zhCN : enGB}
        selected={selected}
        defaultMonth={selected ?? (max ? toDate(max) : undefined)}
        disabled={disabled}
        onSelect={(d) => (d ? onPick(toIso(d)) : undefined)}
      />
    </div>
  );
}
