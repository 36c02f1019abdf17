// The view the rep left (panes, legend, open account, tab): kept in the file across a reopen, bad
// input refused with a typed error and nothing written, a damaged stored value read as defaults.
import { describe, expect, it } from 'vitest';
import { VIEW_STATE_KEY } from '../../../electron/service/viewState';
import { DEFAULT_VIEW_STATE } from '../../../shared/viewState/contractCalls';
import { call, callError, openTestApp } from './helpers';

describe('view state', () => {
  it('starts at the defaults, and what is set survives closing and reopening the file', async () => {
    const app = openTestApp();
    expect(await call(app.service, 'getViewState', {})).toEqual(DEFAULT_VIEW_STATE);
    await call(app.service, 'setViewState', { rightWidth: 420, accountsCollapsed: true });
    const after = await call(app.service, 'setViewState', { tab: 'ranking', accountId: 'acc-1', legendOpen: true });
    expect(after).toEqual({ ...DEFAULT_VIEW_STATE, rightWidth: 420, accountsCollapsed: true, tab: 'ranking', accountId: 'acc-1', legendOpen: true });
    app.close();
    const again = openTestApp({ dbPath: app.dbPath });
    expect(await call(again.service, 'getViewState', {})).toEqual(after);
    await call(again.service, 'setViewState', { rightWidth: null });
    expect((await call(again.service, 'getViewState', {})).rightWidth).toBeNull();
  });

  it('refuses widths out of range, unknown tabs and unknown fields, and changes nothing', async () => {
    const app = openTestApp();
    await call(app.service, 'setViewState', { rightWidth: 400 });
    for (const bad of [{ rightWidth: 5000 }, { accountsWidth: 10 }, { rightWidth: 300.5 }, { tab: 'secret' }, { theme: 'dark' }, { accountId: '' }, { legendOpen: 'yes' }]) {
      const error = await callError(app.service, 'setViewState', bad);
      expect(error.code, JSON.stringify(bad)).toBe('validation');
    }
    expect(await call(app.service, 'getViewState', {})).toEqual({ ...DEFAULT_VIEW_STATE, rightWidth: 400 });
  });

  it('a damaged stored value reads as the defaults; a damaged field alone falls back on its own', async () => {
    const app = openTestApp();
    app.store.settings.set(VIEW_STATE_KEY, '{"rightWidth": 4');
    expect(await call(app.service, 'getViewState', {})).toEqual(DEFAULT_VIEW_STATE);
    app.store.settings.set(VIEW_STATE_KEY, JSON.stringify({ rightWidth: 'wide', tab: 'ranking', legendOpen: true, future: 1 }));
    expect(await call(app.service, 'getViewState', {})).toEqual({ ...DEFAULT_VIEW_STATE, tab: 'ranking', legendOpen: true });
  });
});
