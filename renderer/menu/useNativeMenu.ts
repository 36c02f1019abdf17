// Connects the page to the native menu (Electron only; the browser has no window.powermapMenu):
// sends the menu's state whenever it changes, and runs each command the menu sends.
import { useEffect } from 'react';
import type { MenuBridge } from '../../shared/menu/bridge';
import { useLayout } from '../stores/layout';
import { useMap } from '../stores/map';
import { useUi } from '../stores/ui';
import { useHighlight } from '../features/highlight/store';
import { useScenario } from '../features/scenario/store';
import { useTimeTravel } from '../features/timetravel/store';
import { useUndo } from '../features/undo/undoStore';
import { useTheme } from '../theme/store';
import { runMenuCommand } from './dispatch';
import { currentMenuState } from './state';

declare global {
  interface Window {
    powermapMenu?: MenuBridge;
  }
}

export function useNativeMenu(): void {
  useEffect(() => {
    const bridge = window.powermapMenu;
    if (!bridge) return;
    let last = '';
    const push = () => {
      const state = currentMenuState();
      const text = JSON.stringify(state);
      if (text === last) return;
      last = text;
      bridge.setState(state);
    };
    push();
    const stops = [useMap.subscribe(push), useUi.subscribe(push), useLayout.subscribe(push), useHighlight.subscribe(push), useTimeTravel.subscribe(push), useScenario.subscribe(push), useUndo.subscribe(push), useTheme.subscribe(push)];
    // Focus moving into or out of a text field changes what Undo / Redo act on.
    document.addEventListener('focusin', push);
    document.addEventListener('focusout', push);
    const stopCommands = bridge.onCommand(runMenuCommand);
    return () => {
      stops.forEach((stop) => stop());
      document.removeEventListener('focusin', push);
      document.removeEventListener('focusout', push);
      stopCommands();
      // Away from the map screen (the visit brief): nothing on the menu acts on an account.
      bridge.setState({ ...currentMenuState(), hasAccount: false });
    };
  }, []);
}
