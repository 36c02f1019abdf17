// Always mounted with the window: binds the shortcuts and shows what commands open (the palette, the
// shortcuts list, the delete confirmation, the unsaved-changes question).
import { useCommandDialogs } from './dialogs';
import { CommandPalette } from './CommandPalette';
import { DeletePersonHost } from './DeletePersonHost';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useShortcuts } from './useShortcuts';
import { UnsavedChangesHost } from './UnsavedChangesHost';

export function CommandsHost() {
  useShortcuts();
  const palette = useCommandDialogs((s) => s.palette);
  const shortcuts = useCommandDialogs((s) => s.shortcuts);
  return (
    <>
      {palette ? <CommandPalette /> : null}
      {shortcuts ? <ShortcutsDialog /> : null}
      <DeletePersonHost />
      <UnsavedChangesHost />
    </>
  );
}
