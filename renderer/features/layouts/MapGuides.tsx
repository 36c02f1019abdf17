// Draws the guides of the layout shown (renderer/graph/guides.ts): in the rings, each ring with its rank
// band; in the org chart, the group of people without a manager, labelled. Redrawn after every data
// change, layout, ranking change and filter; nothing in other layouts.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { drawGuides, people, type MapGuide } from '../../graph/guides';
import { graph } from '../../graph/instance';
import { bandWording, ringBands, type BandWording } from '../../graph/layouts/ringBands';
import { withoutManager } from '../../graph/layouts/orgChart';
import { useLayout } from '../../stores/layout';
import { influenceOf } from '../ranking/influence';
import { useHighlight } from '../highlight/store';

export function MapGuides({ map }: { map: AccountMap }) {
  const { t } = useTranslation();
  const layout = useLayout((s) => (s.accountId === map.account.id ? s.layout : 'saved'));
  const { rankOf } = influenceOf(map);
  // A filter hides people: the group's frame and the bands' spots are redrawn around who is shown.
  const filters = useHighlight();

  useEffect(() => {
    let frame = 0;
    const bandText = (w: BandWording): string =>
      w.key === 'top'
        ? t('layouts.guides.top', { to: w.to })
        : w.key === 'range'
          ? t('layouts.guides.range', { from: w.from, to: w.to })
          : w.key === 'from'
            ? t('layouts.guides.from', { from: w.from })
            : t('layouts.guides.one', { from: w.from });
    const draw = () => {
      const cy = graph.instance;
      if (!cy) return;
      const guides: MapGuide[] = [];
      if (layout === 'rings') {
        const positions = Object.fromEntries(people(cy).map((n) => [n.id(), n.position()]));
        for (const band of ringBands(positions, rankOf)) {
          guides.push({ kind: 'ring', ring: band.ring, centre: { x: 0, y: 0 }, radius: band.radius, text: bandText(bandWording(band)) });
        }
      } else if (layout === 'org-chart') {
        const ids = withoutManager(map.people.map((p) => p.id), map.relationships);
        if (ids.length > 0) guides.push({ kind: 'group', memberIds: ids, text: t('layouts.guides.noManager') });
      }
      drawGuides(cy, guides);
    };
    // After the frame: the highlight sizes people first, and the words are placed around their drawn boxes.
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    };
    schedule();
    const off = graph.onChange(schedule);
    return () => {
      off();
      cancelAnimationFrame(frame);
    };
  }, [layout, map, rankOf, t, filters]);

  return null;
}
