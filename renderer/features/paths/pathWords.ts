// A path to power in words: "Liu Ting → Zhou Zhenhua" and, per step, what joins the two people and how
// the one carrying the word stands ("Liu Ting reports to Zhou Zhenhua — supporter, met").
import type { TFunction } from 'i18next';
import type { PathLink, PersonPath } from '../../../shared/domain/paths';

/** What joins two people on a path, read from the earlier one (a) to the later one (b). */
export function linkPhrase(t: TFunction, link: Pick<PathLink, 'type' | 'forward'>, a: string, b: string): string {
  switch (link.type) {
    case 'reports-to':
      return link.forward ? t('paths.link.reportsTo', { a, b }) : t('paths.link.manages', { a, b });
    case 'influences':
      return link.forward ? t('paths.link.influences', { a, b }) : t('paths.link.influencedBy', { a, b });
    default:
      return t('paths.link.closeTo', { a, b });
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
      relation: linkPhrase(t, link, from.name, to.name),
      stance: t(`paths.stance.${from.stance}`),
      met: t(from.met ? 'paths.met' : 'paths.notMet'),
    });
  });
}

/** The whole path on one line, for a label or a screen reader. */
export function pathSentence(t: TFunction, path: PersonPath): string {
  return `${pathChain(path)} — ${pathSteps(t, path).join('; ')}`;
}
