// The timeline's words in the current language, for the chart (which is not React) and the lists.
import type { TFunction } from 'i18next';
import type { SupportEvent } from '../../../shared/history/types';
import type { ChartWords } from './chartOption';
import { formatDay } from './dates';

export function eventText(t: TFunction, e: SupportEvent): string {
  switch (e.kind) {
    case 'person-added':
      return t('timeline.event.added', { name: e.name, stance: t(`stance.${e.stance}`) });
    case 'person-removed':
      return t('timeline.event.removed', { name: e.name, stance: t(`stance.${e.stance}`) });
    case 'stance-changed':
      return t('timeline.event.stance', { name: e.name, from: t(`stance.${e.from}`), to: t(`stance.${e.to}`) });
    case 'top-decision-maker-changed':
      return e.name ? t('timeline.event.tdm', { name: e.name }) : t('timeline.event.tdmNone');
  }
}

export function chartWords(t: TFunction, lang: string): ChartWords {
  return {
    stance: (s) => t(`stance.${s}`),
    people: t('timeline.people'),
    netSupport: t('timeline.netSupport'),
    supportBase: t('timeline.supportBase'),
    events: t('timeline.events'),
    notAssessed: t('timeline.notAssessed'),
    day: (d, short) => formatDay(d, lang, short),
    event: (e) => eventText(t, e),
  };
}
