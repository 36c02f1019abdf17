// Adversarial values and mutations for the contract fuzz test: wrong types, NaN/Infinity, huge and
// broken strings, impossible dates, prototype keys, deep nesting. Every value survives structured
// cloning (what Electron's IPC does to an input), so the service sees exactly what a renderer could send.
import fc from 'fast-check';

/** An object whose own keys are `__proto__` / `constructor` (as JSON.parse or a structured clone makes them). */
export const protoKeyed = (extra: Record<string, unknown> = {}): Record<string, unknown> =>
  Object.assign(JSON.parse('{"__proto__": {"isTopDecisionMaker": true, "polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}') as Record<string, unknown>, extra);

function deep(depth: number): unknown {
  let v: unknown = { leaf: 'x' };
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { v };
  return v;
}

const HUGE = 'x'.repeat(1_000_000);
const HUGE_WIDE = '王'.repeat(200_000);

/** Values no schema should accept where it expects something else (and some it should, in the wrong place). */
export const JUNK: readonly unknown[] = [
  null, undefined, true, false, 0, -0, -1, 1.5, 2 ** 53, -(2 ** 53), 1e308, NaN, Infinity, -Infinity, 10n,
  '', ' ', '\u3000', '\u0000', 'a\u0007b', '\ud800', '\udfff x', 'line\nbreak', '\u202eevil', '👶🏻'.repeat(70),
  HUGE, HUGE_WIDE, '2026-02-30', '0001-01-01', '9999-12-31', '2026-3-1', 'NaN', '__proto__', 'constructor',
  "'; DROP TABLE people; --", '<script>alert(1)</script>', '../../etc/passwd', 'powermap-20260101-000000-000-manual.sqlite3',
  [], [1, 2, 3], [null], [{}], {}, { a: 1 }, Object.create(null), new Date(0), new Date(NaN), new Uint8Array([1, 2, 3]),
  protoKeyed(), deep(200), deep(2000), // deeper than ~2,400 no structured clone (so no IPC message) can carry
];

// Values are drawn by index, so fast-check prints a failing case as numbers (a 3,000-deep object
// would overflow its printer).
/** An index into JUNK. */
export const junkValue = fc.nat({ max: JUNK.length - 1 });
export const junk = (index: number): unknown => JUNK[index % JUNK.length];

/** Whole inputs that are not an object of the right shape at all: an index into JUNK. */
export const junkInput = junkValue;

export type Mutation =
  | { kind: 'set'; at: number; value: number }
  | { kind: 'deepSet'; at: number; value: number }
  | { kind: 'drop'; at: number }
  | { kind: 'extraKey'; key: string; value: number }
  | { kind: 'protoKeys' }
  | { kind: 'nestedProto'; at: number }
  | { kind: 'foreignId'; at: number }
  | { kind: 'unknownId'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: junkValue }),
  fc.record({ kind: fc.constant('deepSet' as const), at: fc.nat(), value: junkValue }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('extraKey' as const), key: fc.constantFrom('extra', 'id', 'isTopDecisionMaker', 'accountId', 'toString', 'hasOwnProperty'), value: junkValue }),
  fc.record({ kind: fc.constant('protoKeys' as const) }),
  fc.record({ kind: fc.constant('nestedProto' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('foreignId' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unknownId' as const), at: fc.nat() }),
);

const ID_KEYS = /^(id|accountId|fromId|toId|personId|importId|name)$/;

/** Applies one mutation to a copy of a (valid) input. `foreignId` swaps an id for one of another account. */
export function mutate(input: unknown, m: Mutation, foreignId: string): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const keyAt = (at: number) => keys[at % Math.max(keys.length, 1)];
  switch (m.kind) {
    case 'set': {
      const k = keyAt(m.at);
      if (k !== undefined) copy[k] = junk(m.value);
      return copy;
    }
    case 'deepSet': {
      // Somewhere inside: a patch field, a position, a source's bytes.
      const k = keyAt(m.at);
      const inner = k === undefined ? undefined : copy[k];
      if (k !== undefined && inner !== null && typeof inner === 'object') {
        const item = Array.isArray(inner) ? inner[m.at % Math.max(inner.length, 1)] : inner;
        const bent = mutate(item, { kind: 'set', at: m.at >> 3, value: m.value }, foreignId);
        copy[k] = Array.isArray(inner) ? inner.map((x, i) => (i === m.at % inner.length ? bent : x)) : bent;
      } else if (k !== undefined) copy[k] = junk(m.value);
      return copy;
    }
    case 'drop': {
      const k = keyAt(m.at);
      if (k !== undefined) delete copy[k];
      return copy;
    }
    case 'extraKey':
      copy[m.key] = junk(m.value);
      return copy;
    case 'protoKeys':
      return Object.assign(protoKeyed(), copy);
    case 'nestedProto': {
      const k = keyAt(m.at);
      if (k !== undefined) copy[k] = typeof copy[k] === 'object' && copy[k] !== null ? Object.assign(protoKeyed(), copy[k]) : protoKeyed();
      return copy;
    }
    case 'foreignId':
    case 'unknownId': {
      const idKeys = keys.filter((k) => ID_KEYS.test(k));
      const k = idKeys[m.at % Math.max(idKeys.length, 1)];
      if (k !== undefined) copy[k] = m.kind === 'foreignId' ? foreignId : `missing-${m.at}`;
      return copy;
    }
  }
}

/** A short printable form of any input (BigInt and cycles-free deep values included). */
export function describeValue(v: unknown): string {
  try {
    return String(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x))).slice(0, 200);
  } catch (err) {
    return `<${String(err).slice(0, 60)}>`;
  }
}
