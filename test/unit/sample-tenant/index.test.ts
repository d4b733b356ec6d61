import { describe, expect, it } from 'vitest';
import { parseSnapshot, serializeSnapshot } from '../../../shared/snapshot/validate';
import { SAMPLE_TENANT_ID, SAMPLE_TENANT_NAME, generateSampleTenant } from '../../../sample-tenant/index';
import { SAMPLE_NOW, sample } from './sample-fixture';

describe('generateSampleTenant', () => {
  it('is deterministic: the same now gives byte-identical snapshots', () => {
    const again = generateSampleTenant({ now: new Date(SAMPLE_NOW) });
    expect(serializeSnapshot(again)).toBe(serializeSnapshot(sample()));
  });

  it('passes parseSnapshot, references included', () => {
    const result = parseSnapshot(serializeSnapshot(sample()));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });

  it('keeps ids stable and moves timestamps with now', () => {
    const later = generateSampleTenant({ now: new Date(SAMPLE_NOW.getTime() + 86_400_000) });
    expect(later.users.map((user) => user.id)).toEqual(sample().users.map((user) => user.id));
    expect(later.servicePrincipals.map((sp) => sp.id)).toEqual(sample().servicePrincipals.map((sp) => sp.id));
    expect(later.exportedAt).toBe('2025-06-16T12:00:00.000Z');
  });

  it('describes itself as the Contoso sample', () => {
    const snapshot = sample();
    expect(snapshot.source.kind).toBe('sample');
    expect(snapshot.tenant.id).toBe(SAMPLE_TENANT_ID);
    expect(snapshot.tenant.displayName).toBe(SAMPLE_TENANT_NAME);
    expect(SAMPLE_TENANT_NAME).toBe('Contoso (sample)');
    expect(snapshot.tenant.verifiedDomains.find((domain) => domain.isInitial)?.name).toBe('contoso.onmicrosoft.com');
    expect(snapshot.tenant.verifiedDomains.find((domain) => domain.isDefault)?.name).toBe('contoso.com');
  });

  it('has the promised size: 60+ users, 8+ groups, 4+ provisioning apps, 5,000+ log records', () => {
    const snapshot = sample();
    expect(snapshot.users.length).toBeGreaterThanOrEqual(60);
    expect(snapshot.groups.length).toBeGreaterThanOrEqual(8);
    expect(snapshot.servicePrincipals.filter((sp) => sp.synchronization.jobs.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(snapshot.provisioningLogs.length).toBeGreaterThanOrEqual(5000);
  });

  it('uses neither Math.random nor the clock', () => {
    const random = Math.random;
    const dateNow = Date.now;
    Math.random = () => {
      throw new Error('Math.random used');
    };
    Date.now = () => {
      throw new Error('Date.now used');
    };
    try {
      expect(() => generateSampleTenant({ now: SAMPLE_NOW })).not.toThrow();
    } finally {
      Math.random = random;
      Date.now = dateNow;
    }
  });
});
