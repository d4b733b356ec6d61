import { ODATA_TYPE_USER, type GraphGroup } from '../../shared/graph/group';
import type { GraphUser } from '../../shared/graph/user';
import type { ServicePrincipalSnapshot } from '../../shared/snapshot/schema';
import { sourceDirectoryOf, type SourceDirectory } from '../../shared/sync';

const FIRST = ['Ada', 'Bao', 'Chiara', 'Dmitri', 'Elif', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Oskar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zara'];
const LAST = ['Abe', 'Berg', 'Costa', 'Dahl', 'Eze', 'Fox', 'Gupta', 'Holm', 'Ito', 'Jensen', 'Kaur', 'Lund', 'Mori', 'Novak', "O'Neil", 'Park', 'Quist', 'Rossi', 'Silva', 'Tanaka', 'Ueda', 'Vogel', 'Weber', 'Xu', 'Yilmaz', 'Zhou'];
const DEPARTMENTS = ['Sales', 'Engineering', 'Finance', 'Legal', 'Marketing', 'Support', 'Operations', 'HR', 'Research', 'Facilities'];
const OFFICES = ['London', 'Dublin', 'Paris', 'Berlin', 'Oslo', 'Madrid', null];

/**
 * A synthetic tenant of `count` users for the forecast bench: distinct names, departments and offices,
 * a manager chain (every 20th user manages the next 19), about 1 % without mail, 0.5 % sharing a
 * userPrincipalName-derived value with another user, a few disabled, and ten assigned groups.
 */
export function forecastTenant(sp: ServicePrincipalSnapshot, count: number): SourceDirectory {
  const tenant = benchTenant(sp, count);
  return sourceDirectoryOf(tenant.sp, tenant);
}

/** The same tenant as Graph reads it: the users, the ten groups, and the app with the groups assigned. */
export function benchTenant(sp: ServicePrincipalSnapshot, count: number): { sp: ServicePrincipalSnapshot; users: GraphUser[]; groups: GraphGroup[] } {
  const users: GraphUser[] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const nick = `${first}.${last}.${i}`.toLowerCase().replace(/'/g, '');
    const duplicateOf = i % 200 === 199 ? i - 1 : i;
    const upnNick = duplicateOf === i ? nick : `${FIRST[duplicateOf % FIRST.length]!}.${LAST[Math.floor(duplicateOf / FIRST.length) % LAST.length]!}.${duplicateOf}`.toLowerCase().replace(/'/g, '');
    users.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      userPrincipalName: `${upnNick}@bench.example`,
      displayName: `${first} ${last} ${i}`,
      givenName: first,
      surname: last,
      mail: i % 100 === 7 ? null : `${nick}@bench.example`,
      mailNickname: nick,
      accountEnabled: i % 250 !== 3,
      department: i % 37 === 5 ? null : DEPARTMENTS[i % DEPARTMENTS.length]!,
      jobTitle: i % 20 === 0 ? 'Manager' : 'Specialist',
      companyName: 'Contoso Ltd',
      employeeId: String(100000 + i),
      officeLocation: OFFICES[i % OFFICES.length] ?? null,
      physicalDeliveryOfficeName: OFFICES[i % OFFICES.length] ?? null,
      mobilePhone: i % 3 === 0 ? null : `+44 7700 ${String(i).padStart(6, '0')}`,
      businessPhones: [],
      manager: i % 20 === 0 ? null : { id: `00000000-0000-4000-8000-${String(i - (i % 20)).padStart(12, '0')}` },
    } as unknown as GraphUser);
  }
  const groups: GraphGroup[] = DEPARTMENTS.map((department, d) => ({
    id: `10000000-0000-4000-8000-${String(d).padStart(12, '0')}`,
    displayName: `Bench ${department}`,
    members: users.filter((_, i) => i % DEPARTMENTS.length === d).map((u) => ({ '@odata.type': ODATA_TYPE_USER, id: u.id, displayName: u.displayName })),
  }) as unknown as GraphGroup);
  const assigned: ServicePrincipalSnapshot = {
    ...sp,
    appRoleAssignedTo: groups.map((g, i) => ({ id: `assign-${i}`, appRoleId: '00000000-0000-0000-0000-000000000000', principalId: g.id, principalType: 'Group', principalDisplayName: g.displayName, resourceId: sp.id })) as ServicePrincipalSnapshot['appRoleAssignedTo'],
  };
  return { sp: assigned, users, groups };
}
