// SQLite stores text as UTF-8, where a lone UTF-16 surrogate cannot exist: it would come back as
// U+FFFD garbage. Such input is refused instead of being silently changed.

const LONE_SURROGATE = /\p{Cs}/u;

/** The dotted path of the first string in `value` holding a lone surrogate, or null if all are well formed. */
export function findIllFormedText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllFormedText(value[i], path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findIllFormedText(v, path ? `${path}.${k}` : k);
      if (found !== null) return found;
    }
  }
  return null;
}
