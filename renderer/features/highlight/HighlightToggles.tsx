// Toolbar filters: support base only; key people only by top N or by minimum score.
import { useTranslation } from 'react-i18next';
import { useHighlight } from './store';
import { NumberField } from './NumberField';
import type { KeyPeopleMode } from './visibility';
import './highlight.css';

export function HighlightToggles() {
  const { t } = useTranslation();
  const s = useHighlight();
  return (
    <div className="toolbar-group highlight-toggles" role="group" aria-label={t('highlight.filters')}>
      <label className={`toggle${s.supportBaseOnly ? ' on' : ''}`}>
        <input type="checkbox" checked={s.supportBaseOnly} onChange={(e) => s.set({ supportBaseOnly: e.target.checked })} />
        {t('highlight.supportBaseOnly')}
      </label>
      <span className={`toggle key-people${s.keyPeopleOnly ? ' on' : ''}`}>
        <label>
          <input type="checkbox" checked={s.keyPeopleOnly} onChange={(e) => s.set({ keyPeopleOnly: e.target.checked })} />
          {t('highlight.keyPeopleOnly')}
        </label>
        <select aria-label={t('highlight.keyMode')} value={s.keyMode} onChange={(e) => s.set({ keyMode: e.target.value as KeyPeopleMode, keyPeopleOnly: true })}>
          <option value="top">{t('highlight.modeTop')}</option>
          <option value="threshold">{t('highlight.modeThreshold')}</option>
        </select>
        {s.keyMode === 'top' ? (
          <NumberField key="top" label={t('highlight.topN')} value={s.topN} min={1} max={9999} onCommit={(topN) => s.set({ topN, keyPeopleOnly: true })} />
        ) : (
          <NumberField key="threshold" label={t('highlight.threshold')} value={s.threshold} min={0} max={100} step={5} onCommit={(threshold) => s.set({ threshold, keyPeopleOnly: true })} />
        )}
      </span>
    </div>
  );
}
