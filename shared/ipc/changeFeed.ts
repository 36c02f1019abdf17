// How dispatch learns what an edit changed without the service's results carrying it: the service
// object may hold, under CHANGE_FEED, a function that hands over (and forgets) what the last
// synchronous edit changed. Dispatch empties it before a call and takes it right after the call's
// synchronous part, so an answer never carries another call's change.
import type { Changed } from './errors';

export const CHANGE_FEED = Symbol.for('powermap.changeFeed');

export type ChangeFeed = () => Changed | null;

export function takeChanged(service: object): Changed | null {
  const feed = (service as { [CHANGE_FEED]?: ChangeFeed })[CHANGE_FEED];
  return feed ? feed() : null;
}

export function withChangeFeed<S extends object>(service: S, feed: ChangeFeed): S {
  Object.defineProperty(service, CHANGE_FEED, { value: feed, enumerable: false });
  return service;
}
