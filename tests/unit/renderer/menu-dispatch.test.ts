// The page's side of the native menu: every command the menu can send to the page has a handler in
// the one dispatch table, and the handlers reach the stores; the state sent to the main process is
// a valid menu state that follows the stores.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../../renderer/i18n/resources';
import { MENU_COMMANDS, RENDERER_COMMANDS } from '../../../shared/menu/commands';
import { menuStateSchema } from '../../../shared/menu/state';
import { MENU_ACTIONS, runMenuCommand } from '../../../renderer/menu/dispatch';
import { currentMenuState } from '../../../renderer/menu/state';
import { useHighlight } from '../../../renderer/features/highlight/store';
import { useUi } from '../../../renderer/stores/ui';
import { graph } from '../../../renderer/graph/instance';
import { useMap } from '../../../renderer/stores/map';
import { useUndo } from '../../../renderer/features/undo/undoStore';
import type { AccountMap } from '../../../shared/domain/model';

const openMap = { account: { id: 'a1', name: 'Acme' }, people: [], relationships: [], positions: [] } as unknown as AccountMap;

beforeAll(async () => {
  await i18next.init({ resources: { en: { translation: resources.en } }, lng: 'en', interpolation: { escapeValue: false } });
});

afterEach(() => {
  vi.restoreAllMocks();
  useHighlight.getState().reset();
  useUi.setState({ legendOpen: false, language: 'en' });
  useMap.setState({ map: null });
  useUndo.setState({ state: null });
});

describe('menu dispatch', () => {
  it('has exactly one handler for every command sent to the page, and none for those the main process answers', () => {
    expect(Object.keys(MENU_ACTIONS).sort()).toEqual([...RENDERER_COMMANDS].sort());
    for (const id of RENDERER_COMMANDS) expect(typeof MENU_ACTIONS[id], id).toBe('function');
    expect(MENU_COMMANDS.filter((id) => !(id in MENU_ACTIONS)).sort()).toEqual(['help.about', 'help.dataFolder', 'help.shortcuts']);
  });

  it('the view commands reach the stores and the map', () => {
    runMenuCommand('view.legend');
    expect(useUi.getState().legendOpen).toBe(true);
    runMenuCommand('view.filter.supportBase');
    runMenuCommand('view.filter.keyPeople');
    expect(useHighlight.getState()).toMatchObject({ supportBaseOnly: true, keyPeopleOnly: true });
    runMenuCommand('view.filter.supportBase');
    expect(useHighlight.getState().supportBaseOnly).toBe(false);
    const zoom = vi.spyOn(graph, 'zoomBy').mockImplementation(() => undefined);
    const fit = vi.spyOn(graph, 'fit').mockImplementation(() => undefined);
    // Zooming is the map's command: nothing to zoom with no account open.
    runMenuCommand('view.zoomIn');
    expect(zoom).not.toHaveBeenCalled();
    useMap.setState({ map: openMap });
    runMenuCommand('view.zoomIn');
    runMenuCommand('view.zoomOut');
    runMenuCommand('view.fit');
    expect(zoom.mock.calls).toEqual([[1.25], [0.8]]);
    expect(fit).toHaveBeenCalledTimes(1);
  });

  it('the state for the main process is valid and follows the stores', () => {
    expect(menuStateSchema.parse(currentMenuState())).toMatchObject({ language: 'en', hasAccount: false, mode: 'live', legendOpen: false, supportBaseOnly: false });
    useUi.setState({ language: 'zh-CN', legendOpen: true });
    useHighlight.getState().set({ keyPeopleOnly: true });
    expect(menuStateSchema.parse(currentMenuState())).toMatchObject({ language: 'zh-CN', legendOpen: true, keyPeopleOnly: true });
  });

  it('names what Undo and Redo would do, in the app language, only with an account open', () => {
    const step = { messageKey: 'undo.label.personStance', params: { name: 'Sun Meihua' } };
    useUndo.setState({ state: { accountId: 'a1', undo: step, redo: null } as never });
    expect(currentMenuState()).toMatchObject({ undoLabel: null, redoLabel: null });
    useMap.setState({ map: openMap });
    const label = currentMenuState().undoLabel;
    expect(label).toContain('Sun Meihua');
    expect(label).not.toContain('{{');
    expect(currentMenuState().redoLabel).toBeNull();
  });
});
