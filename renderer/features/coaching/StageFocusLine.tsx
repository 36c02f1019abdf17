// The relationship stage and what the method says to focus on in it (shared/coaching/stageFocus.ts).
import { useTranslation } from 'react-i18next';
import type { StageFocus } from '../../../shared/coaching/stageFocus';
import type { RelationshipStage } from '../../../shared/domain/model';

export function StageFocusLine({ stage, focus }: { stage: RelationshipStage; focus: readonly StageFocus[] }) {
  const { t } = useTranslation();
  return (
    <p className="coaching-focus" data-stage={stage}>
      <strong>{t('brief.stageLabel', { stage: t(`brief.stage.${stage}`) })}</strong>
      {t('coaching.focusLead')}
      {focus.map((f) => t(`coaching.focus.${f}`)).join(t('coaching.separator'))}
    </p>
  );
}
