import { describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../../electron/preload/buildApi';
import { channelOf, METHODS } from '../../../shared/ipc/contract';

describe('buildApi (window.api)', () => {
  it('has exactly the contract methods and nothing else', () => {
    const api = buildApi(vi.fn());
    expect(Object.keys(api).sort()).toEqual([...METHODS].sort());
    for (const key of Object.keys(api)) expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('is frozen', () => {
    const api = buildApi(vi.fn()) as unknown as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      api.listAccounts = () => 'hijacked';
    }).toThrow(TypeError);
  });

  it('forwards each call on its own channel with only the input, resolving to what invoke returns', async () => {
    const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
    const api = buildApi(invoke);
    for (const method of METHODS) {
      const input = { probe: method };
      const fn = api[method] as unknown as (...args: unknown[]) => Promise<unknown>;
      await expect(fn(input, 'extra-arg')).resolves.toEqual({ ok: true, value: { channel: channelOf(method), input } });
      expect(invoke).toHaveBeenLastCalledWith(channelOf(method), input);
    }
    expect(invoke).toHaveBeenCalledTimes(METHODS.length);
  });
});
