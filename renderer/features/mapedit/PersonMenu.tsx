// A person's context menu (role=menu): ↑/↓/Home/End move, Enter or Space runs, Escape or Tab closes,
// focus goes back where it was. Items come from personMenu.ts; stances are inline choices.
import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { menuKey } from './menuKeys';
import { menuRows, runRow, type MenuContext, type MenuEnv, type MenuRow } from './personMenu';
import { useMapEdit, type Box } from './store';
import { useAnchored } from './useAnchored';

interface Props {
  map: AccountMap;
  readOnly: boolean;
  env: MenuEnv;
  boundary: Element | null;
}

const ROLE = { item: 'menuitem', toggle: 'menuitemcheckbox', choice: 'menuitemradio' } as const;

export function PersonMenu({ map, readOnly, env, boundary }: Props) {
  const menu = useMapEdit((s) => s.menu);
  const person = menu ? map.people.find((p) => p.id === menu.personId) : undefined;
  if (!menu || !person) return null;
  return <MenuBody key={person.id} ctx={{ person, map, readOnly }} env={env} box={menu.box} boundary={boundary} />;
}

function MenuBody({ ctx, env, box, boundary }: { ctx: MenuContext; env: MenuEnv; box: Box; boundary: Element | null }) {
  const { t } = useTranslation();
  const close = useMapEdit((s) => s.close);
  const rows = useMemo(() => menuRows(ctx), [ctx]);
  const enabled = rows.map((r, i) => (r.enabled ? i : -1)).filter((i) => i >= 0);
  const [active, setActive] = useState(enabled[0] ?? 0);
  const items = useRef<Array<HTMLElement | null>>([]);
  const { ref, style } = useAnchored(box, boundary, 'right-start', 2);
  const root = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    items.current[active]?.focus();
  }, [active]);
  useEffect(() => {
    // A press anywhere else closes the menu (the press still does what it does there).
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) useMapEdit.getState().close();
    };
    document.addEventListener('mousedown', onDown, true);
    return () => document.removeEventListener('mousedown', onDown, true);
  }, []);

  const run = (row: MenuRow) => {
    if (!row.enabled) return;
    // Actions that open something else (form, confirmation) replace the menu; the rest close it.
    const before = useMapEdit.getState().menu;
    void runRow(row, ctx, env);
    const after = useMapEdit.getState().menu;
    if (after && after === before) close();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const result = menuKey(e.key, enabled, active);
    if (!result) return;
    e.preventDefault();
    e.stopPropagation();
    if ('move' in result) setActive(result.move);
    else if ('run' in result) run(rows[active]!);
    else close();
  };

  const item = (row: MenuRow, i: number) => (
    <div
      key={row.key}
      ref={(el) => {
        items.current[i] = el;
      }}
      role={ROLE[row.action.kind]}
      tabIndex={i === active ? 0 : -1}
      aria-disabled={row.enabled ? undefined : true}
      aria-checked={row.checked === null ? undefined : row.checked}
      data-command={row.action.id}
      className={`person-menu-item${row.action.id === 'person.delete' ? ' danger-text' : ''}`}
      onClick={() => run(row)}
      onMouseEnter={() => row.enabled && setActive(i)}
      onFocus={() => setActive(i)}
    >
      <span className="person-menu-check" aria-hidden="true">
        {row.checked ? (row.action.kind === 'choice' ? '●' : '✓') : ''}
      </span>
      {row.action.kind === 'choice' && row.value ? t(row.action.choiceKey(row.value)) : t(row.action.labelKey)}
    </div>
  );

  // Rows of one action stay together: a choice action is a labelled group of radio items.
  const blocks: Array<{ action: MenuRow['action']; rows: Array<[MenuRow, number]> }> = [];
  rows.forEach((row, i) => {
    const last = blocks[blocks.length - 1];
    if (last && last.action === row.action) last.rows.push([row, i]);
    else blocks.push({ action: row.action, rows: [[row, i]] });
  });
  return (
    <div
      ref={(el) => {
        root.current = el;
        ref(el);
      }}
      className="person-menu"
      role="menu"
      aria-label={t('mapEdit.menu.label', { name: ctx.person.name })}
      style={style}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {blocks.map((block) =>
        block.action.kind === 'choice' ? (
          <Fragment key={block.action.id}>
            <div className="person-menu-group" role="group" aria-label={t(block.action.labelKey)}>
              <div className="person-menu-heading" aria-hidden="true">
                {t(block.action.labelKey)}
              </div>
              {block.rows.map(([row, i]) => item(row, i))}
            </div>
            <div className="person-menu-sep" role="separator" />
          </Fragment>
        ) : (
          block.rows.map(([row, i]) => item(row, i))
        ),
      )}
    </div>
  );
}
