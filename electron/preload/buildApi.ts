// window.api: exactly the contract's methods, each forwarding its input over its channel.
// Only the resolved envelope comes back — never ipcRenderer, never the IPC event.
import type { Api } from '../../shared/ipc/api';
import { channelOf, METHODS } from '../../shared/ipc/contract';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function buildApi(invoke: Invoke): Api {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of METHODS) {
    const channel = channelOf(method);
    // A one-argument wrapper so nothing else the page passes rides along.
    api[method] = (input: unknown) => invoke(channel, input);
  }
  return Object.freeze(api) as unknown as Api;
}
