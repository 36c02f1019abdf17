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
