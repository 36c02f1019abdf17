// The card beside a hovered person: name, title, stance, score with rank, met and last contact.
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { STANCE_FILL } from '../../graph/palette';
import { cardContent, cardLines } from './cardContent';
import { useMapEdit } from './store';
import { useAnchored } from './useAnchored';

export function HoverCard({ map, boundary }: { map: AccountMap; boundary: Element | null }) {
  const { t, i18n } = useTranslation();
  const hover = useMapEdit((s) => s.hover);
  const content = hover ? cardContent(map, hover.personId) : null;
  const { ref, style } = useAnchored(content ? hover!.box : null, boundary, 'bottom');
  if (!content) return null;
  const lines = cardLines(t, content, i18n.language);
  return (
    <div className="hover-card" role="tooltip" ref={ref} style={style} data-person-id={hover!.personId}>
      <p className="hover-card-name">
        {lines.name}
        {lines.top ? <span className="tag tdm">{lines.top}</span> : null}
      </p>
      {lines.title ? <p className="hover-card-title">{lines.title}</p> : null}
      <p className="hover-card-stance">
        <span className={`dot${content.stance === 'unknown' ? ' dashed' : ''}`} style={{ background: STANCE_FILL[content.stance] }} aria-hidden="true" />
        {lines.stance}
      </p>
      <p className="hover-card-score">{lines.score}</p>
      <p className="hover-card-contact">{lines.contact}</p>
    </div>
  );
}
