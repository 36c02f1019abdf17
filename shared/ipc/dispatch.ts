// The single entry point for a call: validate with the contract's schema, run the service,
// and turn any failure into a typed envelope. Used by electron/ipc.ts and by the browser harness.
import { contract, type Method, type Result } from './contract';
import type { ServiceImpl } from './api';
import { ServiceError, type ApiIssue, type Envelope } from './errors';
import { messageOfIssue } from './messageParams';
import { Settled, takeChanged } from './changeFeed';

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export async function dispatch<M extends Method>(
  service: ServiceImpl,
  method: M,
  rawInput: unknown,
): Promise<Envelope<Result<M>>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'validation', messageKey: 'error.unknownCall' } };
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues: ApiIssue[] = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), messageKey: messageOfIssue(i).messageKey }));
    // The first issue's params (e.g. a too-long text's limit) travel with the message.
    const first = parsed.error.issues[0] ? messageOfIssue(parsed.error.issues[0]) : { messageKey: 'error.invalidInput' };
    return { ok: false, error: { code: 'validation', ...first, issues } };
  }
  try {
    const handler = service[method] as (input: unknown) => Result<M> | Promise<Result<M>>;
    takeChanged(service);
    const pending = handler.call(service, parsed.data);
    // Taken before the first await: only this call's synchronous edit can have left it.
    let changed = takeChanged(service);
    let value: unknown = await pending;
    // A call that had to wait ran after this point; it brings its own account of what it changed.
    if (value instanceof Settled) {
      changed = value.changed;
      value = value.value;
    }
    return changed ? { ok: true, value: value as Result<M>, changed } : { ok: true, value: value as Result<M> };
  } catch (err) {
    if (err instanceof ServiceError) return { ok: false, error: err.payload };
    return { ok: false, error: { code: 'internal', messageKey: 'error.internal', params: { detail: String(err instanceof Error ? err.message : err).slice(0, 300) } } };
  }
}
