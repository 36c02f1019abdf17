// A path to power in words: "Liu Ting → Zhou Zhenhua" and, per step, what joins the two people and how
// the one carrying the word stands ("Liu Ting reports to Zhou Zhenhua — supporter, met").
import type { TFunction } from 'i18next';
import type { PathLink, PersonPath } from '../../../shared/domain/paths';

/** The i18n key of a step's relationship, read from the earlier person on the path to the later one. */
export function linkPhraseKey(link: Pick<PathLink, 'type' | 'forward'>): string {
  switch (link.type) {
    case 'reports-to':
      return link.forward ? 'paths.link.reportsTo' : 'paths.link.manages';
    case 'influences':
      return link.forward ? 'paths.link.influences' : 'paths.link.influencedBy';
    default:
      return 'paths.link.closeTo';
  }
}

/** "Liu Ting → Wang Li → Zhou Zhenhua". */
export function pathChain(path: PersonPath): string {
  return path.people.map((p) => p.name).join(' → ');
}

/** One sentence per step: "Liu Ting reports to Zhou Zhenhua — supporter, met". */
export function pathSteps(t: TFunction, path: PersonPath): string[] {
  return path.links.map((link, i) => {
    const from = path.people[i]!;
    const to = path.people[i + 1]!;
    return t('paths.step', {
      relation: t(linkPhraseKey(link), { a: from.name, b: to.name }),
      stance: t(`paths.stance.${from.stance}`),
      met: t(from.met ? 'paths.met' : 'paths.notMet'),
    });
  });
}

/** The whole path on one line, for a label or a screen reader. */
export function pathSentence(t: TFunction, path: PersonPath): string {
  return `${pathChain(path)} — ${pathSteps(t, path).join('; ')}`;
}
