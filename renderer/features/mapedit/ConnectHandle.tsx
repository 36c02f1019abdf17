// The small handle at a hovered person's edge: press and drag it onto another person to connect them.
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import type { MapEditGestures } from './mapGestures';
import { useMapEdit } from './store';
import { useAnchored } from './useAnchored';

export function ConnectHandle({ map, gestures, boundary }: { map: AccountMap; gestures: MapEditGestures | null; boundary: Element | null }) {
  const { t } = useTranslation();
  const hover = useMapEdit((s) => s.hover);
  const person = hover ? map.people.find((p) => p.id === hover.personId) : undefined;
  const { ref, style } = useAnchored(person ? hover!.box : null, boundary, 'right', -6);
  if (!person || !gestures) return null;
  return (
    <button
      type="button"
      className="connect-handle"
      ref={ref}
      style={style}
      // A pointer gesture; from the keyboard, the person's menu has "Add relationship…".
      tabIndex={-1}
      aria-label={t('mapEdit.connect.handle', { name: person.name })}
      title={t('mapEdit.connect.handle', { name: person.name })}
      onPointerEnter={() => gestures.holdHover(true)}
      onPointerLeave={() => gestures.holdHover(false)}
      onMouseDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        gestures.holdHover(false);
        gestures.connect.start(person.id);
      }}
    >
      +
    </button>
  );
}
