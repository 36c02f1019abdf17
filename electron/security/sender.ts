// Who may call the contract: only the main frame of the app's own window, showing an app page.
import { isAppUrl } from './appUrl';

export interface SenderFrameLike {
  url: string;
}

export interface SenderEventLike {
  senderFrame: SenderFrameLike | null;
}

export interface TrustedWindowLike {
  isDestroyed(): boolean;
  webContents: { mainFrame: SenderFrameLike };
}

export type IsTrustedSender = (event: SenderEventLike) => boolean;

/** Builds the sender check for the window returned by `getWindow` (null before it exists). */
export function trustedSenderFor(getWindow: () => TrustedWindowLike | null): IsTrustedSender {
  return (event) => {
    const frame = event.senderFrame;
    const win = getWindow();
    if (!frame || !win || win.isDestroyed()) return false;
    return frame === win.webContents.mainFrame && isAppUrl(frame.url);
  };
}
