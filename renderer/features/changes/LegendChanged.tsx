// The legend names the purple ring while What changed outlines people on the map.
import { useTranslation } from 'react-i18next';
import { CHANGED_OUTLINE } from '../../graph/palette';
import { usePanelTab } from '../ranking/panelTab';
import { formatDay } from '../timeline/dates';
import { useChanges } from './store';

export function LegendChanged() {
  const { t, i18n } = useTranslation();
  const open = usePanelTab((s) => s.tab === 'changes');
  const from = useChanges((s) => s.result?.from ?? null);
  if (!open || !from) return null;
  return (
    <li>
      <span className="swatch ring" style={{ boxShadow: `0 0 0 3px ${CHANGED_OUTLINE}` }} aria-hidden="true" />
      {t('changes.legend', { day: formatDay(from, i18n.language, true) })}
    </li>
  );
}
