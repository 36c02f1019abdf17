// The only place that calls ipcMain.handle: one handler per contract call. Each checks that the
// sender is the app's own main frame, then hands the raw input to dispatch (validate → service →
// typed envelope). Loadable without the Electron binary: electron is imported for types only.
import type { IpcMainInvokeEvent } from 'electron';
import type { ServiceImpl } from '../shared/ipc/api';
import { channelOf, METHODS } from '../shared/ipc/contract';
import { dispatch } from '../shared/ipc/dispatch';
import type { Envelope } from '../shared/ipc/errors';
import type { IsTrustedSender, SenderEventLike } from './security/sender';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface RegisterIpcOptions {
  isTrustedSender: IsTrustedSender;
  onRefused?: (channel: string, senderUrl: string) => void;
}

/** Returned to a caller that is not the app's main frame; the service is never reached. */
export const UNTRUSTED_SENDER: Envelope<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'internal', messageKey: 'error.untrustedSender' }),
}) as Envelope<never>;

/** Registers every contract channel; returns a function that removes them again. */
export function registerIpc(ipcMain: IpcMainLike, service: ServiceImpl, options: RegisterIpcOptions): () => void {
  const channels = METHODS.map((method) => {
    const channel = channelOf(method);
    ipcMain.handle(channel, (event, input) => {
      const sender = event as unknown as SenderEventLike;
      if (!options.isTrustedSender(sender)) {
        options.onRefused?.(channel, sender.senderFrame?.url ?? '');
        return UNTRUSTED_SENDER;
      }
      return dispatch(service, method, input);
    });
    return channel;
  });
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
