// Toolbar filters: support base only; key people only by top N or by minimum score.
import { useTranslation } from 'react-i18next';
import { useHighlight } from './store';
import type { KeyPeopleMode } from './visibility';
import './highlight.css';

const clampInt = (value: string, min: number, max: number, fallback: number): number => {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && value.trim() !== '' ? Math.min(max, Math.max(min, n)) : fallback;
};

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
          <input
            type="number"
            className="key-number"
            aria-label={t('highlight.topN')}
            min={1}
            max={999}
            value={s.topN}
            onChange={(e) => s.set({ topN: clampInt(e.target.value, 1, 999, s.topN), keyPeopleOnly: true })}
          />
        ) : (
          <input
            type="number"
            className="key-number"
            aria-label={t('highlight.threshold')}
            min={0}
            max={100}
            step={5}
            value={s.threshold}
            onChange={(e) => s.set({ threshold: clampInt(e.target.value, 0, 100, s.threshold), keyPeopleOnly: true })}
          />
        )}
      </span>
    </div>
  );
}
