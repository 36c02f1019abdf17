// "?": the keyboard shortcuts, generated from the command registry (plus moving around the map).
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../components/useDialogFocus';
import { useCommandDialogs } from './dialogs';
import { isMac, keyLabel } from './keyLabel';
import { COMMANDS } from './registry';
import type { CommandGroup } from './types';
import './commands.css';

const GROUPS: CommandGroup[] = ['person', 'view', 'app'];

export function ShortcutsDialog() {
  const { t } = useTranslation();
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const close = () => useCommandDialogs.getState().set({ shortcuts: false });
  useDialogFocus(box, close);
  const mac = isMac();
  const keys = (list: readonly string[]) => [...new Set(list.map((k) => keyLabel(k, mac)))];
  return (
    <div className="modal-backdrop">
      <div className="modal shortcuts-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={box}>
        <h2 id={titleId}>{t('command.shortcuts.title')}</h2>
        {GROUPS.map((group) => (
          <table key={group} className="shortcuts-table">
            <caption>{t(`command.group.${group}`)}</caption>
            <tbody>
              {group === 'person' ? (
                <tr>
                  <th scope="row">{t('command.shortcuts.moveOnMap')}</th>
                  <td>
                    <kbd>Tab</kbd> <kbd>←</kbd> <kbd>↑</kbd> <kbd>→</kbd> <kbd>↓</kbd>
                  </td>
                </tr>
              ) : null}
              {COMMANDS.filter((c) => c.group === group && c.keys.length > 0).map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {t(c.labelKey)}
                    {c.scope === 'map' && c.id !== 'visit.log' ? <span className="muted"> · {t('command.shortcuts.onMap')}</span> : null}
                  </th>
                  <td>
                    {keys(c.keys).map((k) => (
                      <kbd key={k}>{k}</kbd>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <p className="muted">{t('command.shortcuts.notInFields')}</p>
        <div className="modal-actions">
          <button type="button" onClick={close}>
            {t('command.shortcuts.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
