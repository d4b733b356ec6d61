import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import type { Handlers } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = async () => {
    throw new Error('not used');
  };
  return {
    'app:info': unused,
    'tenants:list': async () => [],
    'apps:list': unused,
    'apps:overview': unused,
    'apps:assignments': unused,
    'apps:mappings': unused,
    'snapshot:export': unused,
    'snapshot:import': unused,
    ...overrides,
  } as Handlers;
}

describe('dispatch', () => {
  it('returns the handler value in an ok envelope', async () => {
    expect(await dispatch(handlers(), 'tenants:list', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses unknown channels', async () => {
    const result = await dispatch(handlers(), 'shell:exec', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('reports every invalid field with its path, without calling the handler', async () => {
    let called = false;
    const h = handlers({ 'apps:overview': async () => ((called = true), undefined as never) });
    const result = await dispatch(h, 'apps:overview', { tenantId: '', extra: 1 });
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_REQUEST');
    const paths = result.error.details?.map((d) => d.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['tenantId', 'appId']));
  });

  it('maps an AppError to its code and message', async () => {
    const h = handlers({ 'tenants:list': async () => Promise.reject(new AppError('NOT_FOUND', 'No such tenant.')) });
    expect(await dispatch(h, 'tenants:list', {})).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No such tenant.' } });
  });

  it('hides the message and stack of unexpected errors', async () => {
    const h = handlers({ 'tenants:list': async () => Promise.reject(new Error('SQLITE_BUSY at /home/ada/secret/path')) });
    const result = await dispatch(h, 'tenants:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/home/ada');
  });
});
