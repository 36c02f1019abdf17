// Counts a fuzz run's calls and answers, checks that every failure is a typed error the UI can put
// into words, and prints the one-line summary.
import type { Method } from '../../../../shared/ipc/contract';
import type { ApiErrorPayload, Envelope } from '../../../../shared/ipc/errors';
import { resources, type Tree } from '../../../../renderer/i18n/resources';

const CODES = new Set(['validation', 'not-found', 'conflict', 'internal']);

function hasWords(key: string): boolean {
  let node: Tree | string | undefined = resources.en;
  for (const part of key.split('.')) node = typeof node === 'object' ? (node as Record<string, Tree | string>)[part] : undefined;
  return typeof node === 'string' && node.length > 0;
}

/** Why an error envelope is not a proper typed error, or null when it is one. */
export function untypedReason(error: ApiErrorPayload): string | null {
  if (!CODES.has(error.code)) return `unknown code ${String(error.code)}`;
  // dispatch's catch-all: something threw that is not a ServiceError.
  if (error.messageKey === 'error.internal') return `raw error: ${String(error.params?.detail)}`;
  if (!hasWords(error.messageKey)) return `no words for ${error.messageKey}`;
  return null;
}

export function createTally() {
  const started = Date.now();
  let calls = 0;
  const methods = new Set<Method>();
  const succeeded = new Map<Method, number>();
  const failedKeys = new Map<string, number>();
  const byKind = new Map<string, number>();
  const bump = (k: string) => byKind.set(k, (byKind.get(k) ?? 0) + 1);
  return {
    /** Records one answer; returns why it is not acceptable, or null. */
    record(method: Method, env: Envelope<unknown>): string | null {
      calls++;
      methods.add(method);
      try {
        structuredClone(env); // it must survive the way back over IPC, too
      } catch (err) {
        return `${method}: the answer cannot cross IPC (${String(err)})`;
      }
      if (env.ok) {
        bump('ok');
        succeeded.set(method, (succeeded.get(method) ?? 0) + 1);
        return null;
      }
      bump(env.error.code);
      const key = `${method} ${env.error.messageKey}`;
      failedKeys.set(key, (failedKeys.get(key) ?? 0) + 1);
      const reason = untypedReason(env.error);
      return reason ? `${method}: ${reason}` : null;
    },
    /** Methods that never answered ok (their valid inputs may not reach the code behind validation). */
    neverOk(all: readonly Method[]): Method[] {
      return all.filter((m) => !succeeded.has(m));
    },
    /** For FUZZ_VERBOSE: answers ok per method, and failures per method and message key. */
    details(): string {
      const ok = [...succeeded].map(([m, n]) => `${m} ${n}`).join(', ');
      const failed = [...failedKeys].sort().map(([k, n]) => `${k} ${n}`).join('\n');
      return `ok: ${ok}\n${failed}`;
    },
    summary(runs: number, all: readonly Method[]): string {
      const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      const never = this.neverOk(all);
      return `contract fuzz: ${runs} runs, ${calls} calls, ${methods.size}/${all.length} methods (${all.length - never.length} answered ok at least once${never.length ? `; never: ${never.join(', ')}` : ''}), ${kinds}; ${((Date.now() - started) / 1000).toFixed(1)} s`;
    },
  };
}
