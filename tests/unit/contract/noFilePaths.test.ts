// The renderer must not be able to make the main process read a file it names: no contract call
// takes a file path. Files the rep picks arrive as bytes (import) or text (account JSON).
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, METHODS } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { ServiceImpl } from '../../../shared/ipc/api';

/** Every property name anywhere in a JSON schema (objects, unions, arrays, nested). */
function propertyNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => propertyNames(s, out));
  else if (schema && typeof schema === 'object') {
    const props = (schema as { properties?: Record<string, unknown> }).properties;
    if (props) Object.keys(props).forEach((k) => out.add(k));
    Object.values(schema).forEach((v) => propertyNames(v, out));
  }
  return out;
}

// fileName is a display name only (the service keeps its basename and never opens it).
const PATHISH = /^(path|filePath|file|dir|directory|folder|url|uri)$/i;

describe('no contract call takes a file path', () => {
  it.each(METHODS)('%s: no path-like input field', (method) => {
    const schema = z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' });
    expect([...propertyNames(schema)].filter((name) => PATHISH.test(name))).toEqual([]);
  });

  it('startImport and importAccountJson refuse a path before reaching the service', async () => {
    const reached: string[] = [];
    const service = new Proxy({}, { get: (_t, m) => () => void reached.push(String(m)) }) as unknown as ServiceImpl;
    const accountId = '00000000-0000-4000-8000-000000000000';
    const attempts: Array<[Parameters<typeof dispatch>[1], unknown]> = [
      ['startImport', { accountId, source: { path: '/etc/passwd' } }],
      ['startImport', { accountId, source: { path: '/etc/passwd', fileName: 'a.csv', base64: '' } }],
      ['importAccountJson', { path: '/etc/passwd' }],
      ['importAccountJson', { path: '/etc/passwd', json: '{}' }],
    ];
    for (const [method, input] of attempts) {
      const env = await dispatch(service, method, input);
      expect(env.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
    }
    expect(reached).toEqual([]);
    // The byte forms the renderer uses are still accepted.
    expect((await dispatch(service, 'startImport', { accountId, source: { fileName: 'a.csv', base64: 'bmFtZQo=' } })).ok).toBe(true);
    expect((await dispatch(service, 'importAccountJson', { json: '{}' })).ok).toBe(true);
  });
});
