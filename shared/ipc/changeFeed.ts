// How dispatch learns what an edit changed without the service's results carrying it: a service
// object may be registered with a function that hands over (and forgets) what the last synchronous
// edit changed. Dispatch empties it before a call and takes it right after the call's synchronous
// part, so an answer never carries another call's change. A registry, not a property, so a service
// that is a proxy (tests) or a plain object never answers for it by accident.
import type { Changed } from './errors';

export type ChangeFeed = () => Changed | null;

const feeds = new WeakMap<object, ChangeFeed>();

export function takeChanged(service: object): Changed | null {
  return feeds.get(service)?.() ?? null;
}

export function withChangeFeed<S extends object>(service: S, feed: ChangeFeed): S {
  feeds.set(service, feed);
  return service;
}

/**
 * The answer of a call that ran later than it was made (it waited for the file check or for an
 * import being saved), with what it changed, taken as it ran. Dispatch unwraps it; nothing else
 * sees one, as every call goes through dispatch.
 */
export class Settled<T = unknown> {
  constructor(
    readonly value: T,
    readonly changed: Changed | null,
  ) {}
}

/** Runs `run` once `wait` settles, taking what it changed right then, so its answer still carries it. */
export function runAfter<T>(wait: Promise<unknown>, take: ChangeFeed, run: () => T): T {
  return wait.then(() => {
    take(); // left by a call before this one: not this call's
    const out: unknown = run();
    const changed = take();
    const settle = (value: unknown) => (value instanceof Settled ? value : new Settled(value, changed));
    return out instanceof Promise ? out.then(settle) : settle(out);
  }) as T;
}

/** The plain answer of a call made from inside the main process (not through dispatch). */
export function settledValue<T>(value: T | Settled<T>): T {
  return value instanceof Settled ? value.value : value;
}
