import { describe, expect, it, vi } from 'vitest';
import { registerIpc, UNTRUSTED_SENDER, type IpcMainLike } from '../../../electron/ipc';
import { APP_ENTRY_URL } from '../../../electron/security/appUrl';
import { trustedSenderFor, type TrustedWindowLike } from '../../../electron/security/sender';
import type { ServiceImpl } from '../../../shared/ipc/api';
import { CHANNEL_PREFIX, channelOf, METHODS } from '../../../shared/ipc/contract';
import { conflict, notFound } from '../../../shared/ipc/errors';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener as Listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipc, handlers };
}

function fakeService(overrides: Partial<Record<string, (input: unknown) => unknown>> = {}) {
  const calls: Array<[string, unknown]> = [];
  const service = new Proxy({} as Record<string, unknown>, {
    get: (_t, name: string) => (input: unknown) => {
      calls.push([name, input]);
      const impl = overrides[name];
      return impl ? impl(input) : { called: name };
    },
  }) as unknown as ServiceImpl;
  return { service, calls };
}

// The app window and its main frame, plus a sub-frame and a foreign window, as Electron would give them.
function fakeWindows() {
  const mainFrame = { url: APP_ENTRY_URL };
  const win: TrustedWindowLike & { destroyed: boolean } = {
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    webContents: { mainFrame },
  };
  return { win, mainFrame, subFrame: { url: APP_ENTRY_URL }, otherFrame: { url: 'https://evil.example/' } };
}

function setup(serviceOverrides?: Parameters<typeof fakeService>[0]) {
  const { ipc, handlers } = fakeIpcMain();
  const { service, calls } = fakeService(serviceOverrides);
  const windows = fakeWindows();
  const refused: string[] = [];
  const unregister = registerIpc(ipc, service, {
    isTrustedSender: trustedSenderFor(() => windows.win),
    onRefused: (channel) => refused.push(channel),
  });
  const invoke = (method: string, input: unknown, senderFrame: unknown = windows.mainFrame) => {
    const handler = handlers.get(`${CHANNEL_PREFIX}${method}`);
    if (!handler) throw new Error(`no handler for ${method}`);
    return Promise.resolve(handler({ senderFrame, sender: {} }, input));
  };
  return { handlers, calls, windows, refused, invoke, unregister };
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract call, on its channel', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(METHODS.map(channelOf).sort());
  });

  it('removes every handler it registered', () => {
    const { handlers, unregister } = setup();
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('forwards a valid call from the main frame to the service and wraps the result', async () => {
    const { invoke, calls } = setup({ createAccount: (input) => ({ id: 'a1', ...(input as object) }) });
    const result = await invoke('createAccount', { name: 'Little Sprouts Retail' });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ id: 'a1', name: 'Little Sprouts Retail' }) });
    expect(calls.map(([m]) => m)).toEqual(['createAccount']);
  });

  it('refuses a sub-frame, a foreign frame, a missing frame and a destroyed window without calling the service', async () => {
    const { invoke, calls, windows, refused } = setup();
    expect(await invoke('listAccounts', {}, windows.subFrame)).toEqual(UNTRUSTED_SENDER);
    expect(await invoke('listAccounts', {}, windows.otherFrame)).toEqual(UNTRUSTED_SENDER);
    expect(await invoke('listAccounts', {}, null)).toEqual(UNTRUSTED_SENDER);
    windows.mainFrame.url = 'https://evil.example/';
    expect(await invoke('listAccounts', {}, windows.mainFrame)).toEqual(UNTRUSTED_SENDER);
    windows.mainFrame.url = APP_ENTRY_URL;
    windows.win.destroyed = true;
    expect(await invoke('listAccounts', {}, windows.mainFrame)).toEqual(UNTRUSTED_SENDER);
    expect(calls).toEqual([]);
    expect(refused).toHaveLength(5);
    expect(UNTRUSTED_SENDER).toMatchObject({ ok: false, error: { messageKey: 'error.untrustedSender' } });
  });

  it('refuses everything before the window exists', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const { service, calls } = fakeService();
    registerIpc(ipc, service, { isTrustedSender: trustedSenderFor(() => null) });
    const handler = handlers.get(channelOf('listAccounts'))!;
    expect(await handler({ senderFrame: { url: APP_ENTRY_URL } }, {})).toEqual(UNTRUSTED_SENDER);
    expect(calls).toEqual([]);
  });

  it('returns a validation envelope for bad input and never reaches the service', async () => {
    const { invoke, calls } = setup();
    const empty = await invoke('createAccount', { name: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'validation' } });
    const extra = await invoke('createAccount', { name: 'A', evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
    const wrongType = await invoke('setAccountArchived', { id: 'x', archived: 'yes' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'validation', issues: expect.any(Array) } });
    expect(calls).toEqual([]);
  });

  it('turns service errors into typed envelopes', async () => {
    const { invoke } = setup({
      deleteAccount: () => {
        throw notFound('account', 'a404');
      },
      createAccount: () => {
        throw conflict('error.account.nameTaken');
      },
      listAccounts: () => {
        throw new Error('disk I/O error');
      },
    });
    expect(await invoke('deleteAccount', { id: 'a404' })).toEqual({
      ok: false,
      error: { code: 'not-found', messageKey: 'error.notFound.account', params: { id: 'a404' } },
    });
    expect(await invoke('createAccount', { name: 'Dup' })).toEqual({ ok: false, error: { code: 'conflict', messageKey: 'error.account.nameTaken' } });
    expect(await invoke('listAccounts', {})).toMatchObject({ ok: false, error: { code: 'internal', messageKey: 'error.internal' } });
  });

  it('passes only the first argument on to validation', async () => {
    const listAccounts = vi.fn(() => []);
    const { handlers, windows } = setup({ listAccounts });
    const handler = handlers.get(channelOf('listAccounts'))!;
    expect(await handler({ senderFrame: windows.mainFrame }, {}, { sneaky: true })).toEqual({ ok: true, value: [] });
    expect(listAccounts).toHaveBeenCalledExactlyOnceWith({});
  });
});
