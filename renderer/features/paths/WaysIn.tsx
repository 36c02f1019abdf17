// "Ways in to Zhou Zhenhua": up to 5 paths of introductions to a person, in words, each shown on the
// map while pointed at (or kept after a click). Computed here from the map on screen, so a scenario's
// map shows the scenario's paths.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap, Person } from '../../../shared/domain/model';
import { findPaths, type PersonPath } from '../../../shared/domain/paths';
import { graph } from '../../graph/instance';
import { setPathHighlight } from '../../graph/pathHighlight';
import { pathChain, pathSteps } from './pathWords';
import './paths.css';

function show(path: PersonPath | null): void {
  const cy = graph.instance;
  if (!cy) return;
  setPathHighlight(cy, path ? { personIds: path.people.map((p) => p.personId), relationshipIds: path.links.map((l) => l.relationshipId) } : null);
}

/** `level`: the heading's level — 3 under a person's name, 2 where it stands on its own in the people list. */
export function WaysIn({ person, map, level = 3 }: { person: Person; map: AccountMap; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const paths = useMemo(() => findPaths(map.people, map.relationships, person.id), [map, person.id]);
  // Paths are keyed by their introducer (one path each), so a recomputed list keeps or drops the mark by itself.
  const [pinned, setPinned] = useState<string | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const activeId = hover ?? pinned;
  const active = paths.find((p) => p.people[0]!.personId === activeId) ?? null;
  useEffect(() => {
    show(active);
  }, [active]);
  // Leaving the panel (another person, another account, a scenario) clears the map.
  useEffect(() => () => show(null), []);
  const headingId = `ways-in-${person.id}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="ways-in" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('paths.heading', { name: person.name })}</Heading>
      {paths.length === 0 ? (
        <p className="ways-in-none">{t('paths.none')}</p>
      ) : (
        <>
          <p className="hint small">{t('paths.hint')}</p>
          <ol className="ways-in-list">
            {paths.map((path) => {
              const id = path.people[0]!.personId;
              return (
                <li key={id}>
                  <PathButton
                    path={path}
                    on={active === path}
                    pinned={pinned === id}
                    onHover={(yes) => setHover(yes ? id : null)}
                    onToggle={() => setPinned(pinned === id ? null : id)}
                  />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

interface PathButtonProps {
  path: PersonPath;
  on: boolean;
  pinned: boolean;
  onHover(yes: boolean): void;
  onToggle(): void;
}

function PathButton({ path, on, pinned, onHover, onToggle }: PathButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`ways-in-path${on ? ' on' : ''}`}
      aria-pressed={pinned}
      data-path-people={path.people.map((p) => p.personId).join(' ')}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onFocus={() => onHover(true)}
      onBlur={() => onHover(false)}
      onClick={onToggle}
    >
      <span className="ways-in-chain">{pathChain(path)}</span>
      {pathSteps(t, path).map((s, k) => (
        <span key={k} className="ways-in-step">
          {s}
        </span>
      ))}
    </button>
  );
}
