// The relationship stage and what the method says to focus on in it (shared/coaching/stageFocus.ts).
import { useTranslation } from 'react-i18next';
import type { StageFocus } from '../../../shared/coaching/stageFocus';
import type { RelationshipStage } from '../../../shared/domain/model';
import { listSeparator } from '../../i18n/list';

export function StageFocusLine({ stage, focus }: { stage: RelationshipStage; focus: readonly StageFocus[] }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="coaching-focus" data-stage={stage}>
      <strong>{t('brief.stageLabel', { stage: t(`brief.stage.${stage}`) })}</strong>
      {t('coaching.focusLead')}
      {focus.map((f) => t(`coaching.focus.${f}`)).join(listSeparator(i18n.language))}
    </p>
  );
}
