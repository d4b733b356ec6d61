import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../../renderer/src/app/useHashRoute';

describe('hash routes', () => {
  it('round-trips tenant, app and tab, including characters that need encoding', () => {
    const route = { tenantId: 'contoso/sample', appId: 'app 1', tab: 'mappings' as const };
    expect(parseHash(formatHash(route))).toEqual(route);
  });

  it('falls back to the overview tab and to no selection', () => {
    expect(parseHash('')).toEqual({ tenantId: null, appId: null, tab: 'overview' });
    expect(parseHash('#/t1/a1/logs')).toEqual({ tenantId: 't1', appId: 'a1', tab: 'overview' });
    expect(parseHash('#/%E0%A4%A')).toEqual({ tenantId: null, appId: null, tab: 'overview' });
  });

  it('leaves the app and tab out when no app is open', () => {
    expect(formatHash({ tenantId: 't1', appId: null, tab: 'assignments' })).toBe('#/t1');
  });
});
