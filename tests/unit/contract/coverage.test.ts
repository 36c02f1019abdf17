import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { openTestApp } from '../service/helpers';

describe('the service implements the contract', () => {
  it('has exactly one function per contract method', () => {
    const { service } = openTestApp();
    expect(Object.keys(service).sort()).toEqual([...METHODS].sort());
    for (const m of METHODS) expect(typeof service[m], m).toBe('function');
  });

  it('answers an unknown call with a validation error', async () => {
    const { service } = openTestApp();
    const env = await dispatch(service, 'dropEverything' as never, {});
    expect(env).toEqual({ ok: false, error: { code: 'validation', messageKey: 'error.unknownCall' } });
  });
});
