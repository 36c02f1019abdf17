// Types derived from the contract: what window.api looks like, and what the service implements.
import type { Envelope } from './errors';
import type { Input, Method, ParsedInput, Result } from './contract';

/** window.api in the renderer: one method per contract call, resolving to an envelope. */
export type Api = { [M in Method]: (input: Input<M>) => Promise<Envelope<Result<M>>> };

/** The application service: one method per call, receiving validated input. */
export type ServiceImpl = { [M in Method]: (input: ParsedInput<M>) => Result<M> | Promise<Result<M>> };
