// The page's window.api in the browser tests: a frozen object with exactly the contract's methods,
// each forwarding to `dispatch(service, method, input)` in the test process over Playwright's
// exposeBinding. Input and answer cross as JSON strings: Playwright's own value serialisation walks
// every object (6.3 s for one 20,000-person getAccountMap, which the service answers in 0.34 s), a
// string crosses in one piece — closer to Electron's IPC, whose structured clone copies in native code.
// Differences from Electron's IPC (the contract's values are JSON-safe, so none matters today):
// JSON drops `undefined` fields and would turn a Date into a string, where structured clone keeps both.
import type { Page } from '@playwright/test';
import { METHODS } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { ServiceImpl } from '../../../shared/ipc/api';

/** The binding's name in the page (one per page). */
export const BRIDGE_BINDING = '__powermapInvoke';

/** One call as the bridge carries it: JSON text in (null for no input), JSON text of the envelope out. */
export async function invokeAsJson(service: ServiceImpl, method: string, inputJson: string | null): Promise<string> {
  const input: unknown = inputJson === null ? undefined : JSON.parse(inputJson);
  return JSON.stringify(await dispatch(service, method as never, input));
}

/** What a test can watch or steer on the bridge: every call's method, and an answer held back until released. */
export interface BridgeHooks {
  onCall?(method: string): void;
  /** A promise to wait for before answering this call (the answer is computed first, from the state then). */
  holdFor?(method: string): Promise<void> | undefined;
}

/** Installs window.api on every page load; `service()` is asked on each call (it changes on restart). */
export async function bridgeApi(page: Page, service: () => ServiceImpl, hooks: BridgeHooks = {}): Promise<void> {
  await page.exposeBinding(BRIDGE_BINDING, async (_source, method: string, inputJson: string | null) => {
    hooks.onCall?.(method);
    const held = hooks.holdFor?.(method);
    const answer = invokeAsJson(service(), method, inputJson);
    if (held) await held;
    return answer;
  });
  await page.addInitScript(
    ({ methods, binding }: { methods: string[]; binding: string }) => {
      const invoke = (window as unknown as Record<string, (m: string, i: string | null) => Promise<string>>)[binding]!;
      const api: Record<string, (input: unknown) => Promise<unknown>> = {};
      for (const m of methods) api[m] = async (input: unknown) => JSON.parse(await invoke(m, input === undefined ? null : JSON.stringify(input))) as unknown;
      Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
    },
    { methods: METHODS as string[], binding: BRIDGE_BINDING },
  );
}
