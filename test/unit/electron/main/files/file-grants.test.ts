import { describe, expect, it } from 'vitest';
import { createFileGrants } from '../../../../../electron/main/files/file-grants';

describe('createFileGrants', () => {
  it('grants a path for the use it was chosen for, and only that use', () => {
    const grants = createFileGrants();
    expect(grants.grant('/home/admin/logs.json', 'read')).toBe('/home/admin/logs.json');
    expect(grants.isGranted('/home/admin/logs.json', 'read')).toBe(true);
    expect(grants.isGranted('/home/admin/logs.json', 'write')).toBe(false);
    expect(grants.isGranted('/home/admin/other.json', 'read')).toBe(false);
  });

  it('compares resolved paths, so dot segments neither escape nor miss a grant', () => {
    const grants = createFileGrants();
    grants.grant('/home/admin/exports/../logs.json', 'read');
    expect(grants.isGranted('/home/admin/logs.json', 'read')).toBe(true);
    expect(grants.isGranted('/home/admin/x/../logs.json', 'read')).toBe(true);
    expect(grants.isGranted('/etc/../home/admin/other/../../../etc/passwd', 'read')).toBe(false);
  });

  it('refuses relative paths, which would depend on the working directory', () => {
    const grants = createFileGrants();
    grants.grant(`${process.cwd()}/logs.json`, 'read');
    expect(grants.isGranted('logs.json', 'read')).toBe(false);
  });

  it('forgets the oldest grant beyond its limit', () => {
    const grants = createFileGrants(2);
    grants.grant('/a', 'read');
    grants.grant('/b', 'read');
    grants.grant('/c', 'write');
    expect([grants.isGranted('/a', 'read'), grants.isGranted('/b', 'read'), grants.isGranted('/c', 'write')]).toEqual([false, true, true]);
  });
});
