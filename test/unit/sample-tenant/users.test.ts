import { describe, expect, it } from 'vitest';
import { DIRECTORY_EXTENSION_PATTERN } from '../../../shared/graph/user';
import { COST_CENTER_EXTENSION } from '../../../sample-tenant/tenant';
import { sample, userByUpnPrefix } from './sample-fixture';

describe('sample users', () => {
  const users = () => sample().users;

  it('have unique ids and user principal names', () => {
    expect(new Set(users().map((user) => user.id)).size).toBe(users().length);
    expect(new Set(users().map((user) => user.userPrincipalName.toLowerCase())).size).toBe(users().length);
  });

  it('carry varied names: diacritics, apostrophes and hyphens', () => {
    const names = users().map((user) => user.displayName ?? '');
    expect(names).toContain('Åsa Öberg');
    expect(names).toContain('José Núñez');
    expect(names.some((name) => name.includes("O'Brien"))).toBe(true);
    expect(names.some((name) => /\w-\w/.test(name))).toBe(true);
    expect(userByUpnPrefix('asa.oberg').userPrincipalName).toBe('asa.oberg@contoso.com');
  });

  it('vary in department, title, country, language and usage location', () => {
    const distinct = (key: 'department' | 'jobTitle' | 'country' | 'preferredLanguage' | 'usageLocation') =>
      new Set(users().map((user) => user[key]).filter(Boolean)).size;
    expect(distinct('department')).toBeGreaterThanOrEqual(8);
    expect(distinct('jobTitle')).toBeGreaterThanOrEqual(20);
    expect(distinct('country')).toBeGreaterThanOrEqual(10);
    expect(distinct('preferredLanguage')).toBeGreaterThanOrEqual(8);
    expect(distinct('usageLocation')).toBeGreaterThanOrEqual(10);
  });

  it('include people without mail, disabled accounts and soft-deleted accounts', () => {
    expect(users().filter((user) => user.mail === null).length).toBeGreaterThanOrEqual(3);
    expect(users().filter((user) => user.accountEnabled === false).length).toBeGreaterThanOrEqual(3);
    expect(users().filter((user) => user.deletedDateTime).length).toBeGreaterThanOrEqual(2);
  });

  it('include B2B guests with #EXT# user principal names', () => {
    const guests = users().filter((user) => user.userType === 'Guest');
    expect(guests.length).toBeGreaterThanOrEqual(1);
    for (const guest of guests) expect(guest.userPrincipalName).toMatch(/#EXT#@contoso\.onmicrosoft\.com$/);
  });

  it('have phones, employee ids and on-premises extension attributes for some', () => {
    expect(users().filter((user) => user.mobilePhone).length).toBeGreaterThan(20);
    expect(users().filter((user) => (user.businessPhones ?? []).length > 0).length).toBeGreaterThan(40);
    expect(users().filter((user) => user.employeeId).length).toBeGreaterThan(50);
    expect(users().filter((user) => user.onPremisesExtensionAttributes?.extensionAttribute1).length).toBeGreaterThan(10);
  });

  it('carry a cost-center directory extension for most members', () => {
    expect(DIRECTORY_EXTENSION_PATTERN.test(COST_CENTER_EXTENSION)).toBe(true);
    expect(users().filter((user) => typeof user[COST_CENTER_EXTENSION] === 'string').length).toBeGreaterThan(40);
  });

  it('form a manager hierarchy at least three levels deep, without cycles', () => {
    const byId = new Map(users().map((user) => [user.id, user]));
    let deepest = 0;
    for (const user of users()) {
      const seen = new Set<string>();
      let current = user;
      while (current.manager) {
        expect(seen.has(current.id)).toBe(false);
        seen.add(current.id);
        const next = byId.get(current.manager.id);
        expect(next).toBeDefined();
        if (!next) break;
        current = next;
      }
      deepest = Math.max(deepest, seen.size);
    }
    expect(deepest).toBeGreaterThanOrEqual(3);
  });
});
