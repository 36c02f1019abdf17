// Ctrl/Cmd+K: every command that can run now, in the app's language, found by typing (pinyin too).
// Choosing one closes the palette first, so the command's own focus (a field, a dialog) wins.
import { Command as Cmdk } from 'cmdk';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../components/useDialogFocus';
import { useCommandDialogs } from './dialogs';
import { isMac, keyLabel } from './keyLabel';
import { paletteEntry, paletteScore, type PaletteEntry } from './paletteMatch';
import { COMMANDS, runCommand } from './registry';
import { commandState } from './state';
import './commands.css';

export function CommandPalette() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const close = () => useCommandDialogs.getState().set({ palette: false });
  useDialogFocus(box, close);
  // Listed once per opening: what can run at the moment the palette was opened.
  const items = useMemo(() => {
    const state = commandState();
    const mac = isMac();
    return COMMANDS.filter((c) => c.id !== 'palette.open' && c.enabled(state)).map((c) => {
      const label = t(c.labelKey);
      return { command: c, label, entry: paletteEntry(c.id, label), key: c.keys[0] ? keyLabel(c.keys[0], mac) : '' };
    });
  }, [t]);
  const byId = useMemo(() => new Map<string, PaletteEntry>(items.map((i) => [i.command.id, i.entry])), [items]);

  const choose = (id: string) => {
    close();
    // After the palette has gone and given focus back.
    setTimeout(() => runCommand(id), 0);
  };

  return (
    <div className="modal-backdrop palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="modal command-palette" role="dialog" aria-modal="true" aria-label={t('command.palette.title')} ref={box}>
        <Cmdk label={t('command.palette.title')} loop filter={(value, search) => { const e = byId.get(value); return e ? paletteScore(e, search) : 0; }}>
          <Cmdk.Input data-autofocus placeholder={t('command.palette.placeholder')} aria-label={t('command.palette.placeholder')} />
          <Cmdk.List>
            <Cmdk.Empty>{t('command.palette.none')}</Cmdk.Empty>
            {items.map((i) => (
              <Cmdk.Item key={i.command.id} value={i.command.id} onSelect={choose}>
                <span>{i.label}</span>
                {i.key ? <kbd>{i.key}</kbd> : null}
              </Cmdk.Item>
            ))}
          </Cmdk.List>
        </Cmdk>
      </div>
    </div>
  );
}
