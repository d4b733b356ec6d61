import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, servicePrincipalSnapshotSchema, snapshotSchema } from '../../../../shared/snapshot/schema';
import { validSnapshotData } from './fixtures';

describe('snapshot schema', () => {
  it('names the format and version other modules check', () => {
    expect(SNAPSHOT_FORMAT).toBe('provisioning-workbench.snapshot');
    expect(SNAPSHOT_VERSION).toBe(1);
  });

  it('parses the fixture and keeps unknown service-principal and job fields', () => {
    const data = validSnapshotData();
    const sp = data.servicePrincipals[0] as Record<string, unknown> & { synchronization: { jobs: Record<string, unknown>[] } };
    sp.passwordCredentials = [];
    const job = sp.synchronization.jobs[0];
    if (job) job.bulkUpload = null;
    const snapshot = snapshotSchema.parse(data);
    const parsedSp = snapshot.servicePrincipals[0];
    expect(parsedSp?.passwordCredentials).toEqual([]);
    expect(parsedSp?.synchronization.jobs[0]?.bulkUpload).toBeNull();
  });

  it('requires assignments and synchronization on a service principal snapshot', () => {
    const result = servicePrincipalSnapshotSchema.safeParse({ id: 'sp', appId: 'app' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['appRoleAssignedTo', 'synchronization']);
  });

  it('rejects a source kind it does not know', () => {
    const result = snapshotSchema.safeParse({ ...validSnapshotData(), source: { kind: 'cloud' } });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['source.kind']);
  });
});
