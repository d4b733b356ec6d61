import { describe, expect, it } from 'vitest';
import { appsRoute, formatHash, parseHash } from '../../../../renderer/src/app/useHashRoute';

describe('hash routes', () => {
  it('round-trips tenant, app and tab, including characters that need encoding', () => {
    const route = appsRoute('contoso/sample', 'app 1', 'mappings');
    expect(parseHash(formatHash(route))).toEqual(route);
  });

  it('falls back to the overview tab and to no selection', () => {
    expect(parseHash('')).toEqual(appsRoute(null));
    expect(parseHash('#/t1/a1/logs')).toEqual(appsRoute('t1', 'a1'));
    expect(parseHash('#/%E0%A4%A')).toEqual(appsRoute(null));
  });

  it('leaves the app and tab out when no app is open', () => {
    expect(formatHash(appsRoute('t1', null, 'assignments'))).toBe('#/t1');
  });

  it('keeps a section chosen before any tenant is known', () => {
    const route = { tenantId: null, appId: null, tab: 'overview' as const, section: 'logs', path: [] };
    expect(parseHash(formatHash(route))).toEqual(route);
    expect(formatHash({ ...route, section: null })).toBe('#/');
  });

  it('round-trips a section with its own path, keeping the tenant', () => {
    const route = { tenantId: 't1', appId: null, tab: 'overview' as const, section: 'logs', path: ['record', 'a/b'] };
    expect(formatHash(route)).toBe('#/t1/~logs/record/a%2Fb');
    expect(parseHash(formatHash(route))).toEqual(route);
  });
});
