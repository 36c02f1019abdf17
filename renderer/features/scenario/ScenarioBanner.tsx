// Says loudly that the map is a what-if scenario and nothing is saved, with one click back.
import { useTranslation } from 'react-i18next';
import { useScenario } from './store';
import './scenario.css';

export function ScenarioBanner() {
  const { t } = useTranslation();
  const active = useScenario((s) => s.active);
  const back = useScenario((s) => s.back);
  if (!active) return null;
  return (
    <div className="scenario-banner" role="status" data-testid="scenario-banner">
      <span>
        <strong>{t(`scenario.banner.${active.kind}`, { name: active.name })}</strong>
        <span className="scenario-hint">{t('scenario.supportBase', { from: active.supportFrom, to: active.supportTo })}</span>
      </span>
      <button type="button" className="primary" onClick={back}>
        {t('scenario.back')}
      </button>
    </div>
  );
}
