import type { DirectoryObjectRef, GraphGroup } from '../shared/graph/group';
import { ODATA_TYPE_GROUP, ODATA_TYPE_USER } from '../shared/graph/group';
import type { GraphUser } from '../shared/graph/user';
import { stableGuid } from './random';
import { SAMPLE_DEFAULT_DOMAIN } from './tenant';
import { DAY, isoSeconds } from './time';

export type GroupKey =
  | 'allEmployees'
  | 'sales'
  | 'salesEmea'
  | 'salesNordics'
  | 'engineering'
  | 'finance'
  | 'financeAp'
  | 'marketing'
  | 'howspaceFacilitators'
  | 'officeLondon'
  | 'officeDublin'
  | 'expensesApprovers'
  | 'itAdmins'
  | 'workplaceServices';

interface GroupSpec {
  key: GroupKey;
  displayName: string;
  description: string;
  kind: 'security' | 'microsoft365' | 'dynamic';
  createdDaysAgo: number;
  members: (user: GraphUser) => boolean;
  /** Nested groups: direct members of this group that are themselves groups. */
  nested?: GroupKey[];
  membershipRule?: string;
}

const isMember = (user: GraphUser) => user.userType === 'Member';
const inDepartment = (department: string) => (user: GraphUser) => isMember(user) && user.department === department;
const inCity = (...cities: string[]) => (user: GraphUser) => isMember(user) && cities.includes(user.city ?? '');
const named = (...upnLocalParts: string[]) => (user: GraphUser) => upnLocalParts.some((local) => user.userPrincipalName.startsWith(`${local}@`));
const titled = (pattern: RegExp) => (user: GraphUser) => isMember(user) && pattern.test(user.jobTitle ?? '');

const NORDICS = ['Stockholm'];
const EMEA = ['London', 'Dublin', 'München', 'Issy-les-Moulineaux', 'Madrid', 'Schiphol', 'Warszawa'];

const GROUPS: readonly GroupSpec[] = [
  {
    key: 'allEmployees',
    displayName: 'All Employees',
    description: 'Every enabled member account (dynamic).',
    kind: 'dynamic',
    createdDaysAgo: 2400,
    membershipRule: '(user.userType -eq "Member") and (user.accountEnabled -eq true)',
    members: (user) => isMember(user) && user.accountEnabled === true,
  },
  {
    key: 'sales',
    displayName: 'Sales',
    description: 'Sales organisation. Americas reps directly; EMEA through the nested Sales - EMEA group.',
    kind: 'security',
    createdDaysAgo: 2100,
    members: (user) => inDepartment('Sales')(user) && !EMEA.includes(user.city ?? '') && !NORDICS.includes(user.city ?? ''),
    nested: ['salesEmea'],
  },
  {
    key: 'salesEmea',
    displayName: 'Sales - EMEA',
    description: 'EMEA sales. Nordic reps through the nested Sales - Nordics group.',
    kind: 'security',
    createdDaysAgo: 1500,
    members: (user) => inDepartment('Sales')(user) && (EMEA.includes(user.city ?? '') || user.jobTitle === 'Sales Director EMEA'),
    nested: ['salesNordics'],
  },
  {
    key: 'salesNordics',
    displayName: 'Sales - Nordics',
    description: 'Nordic sales team.',
    kind: 'security',
    createdDaysAgo: 900,
    members: (user) => inDepartment('Sales')(user) && NORDICS.includes(user.city ?? '') && user.jobTitle !== 'Sales Director EMEA',
  },
  {
    key: 'engineering',
    displayName: 'Engineering',
    description: 'All engineers.',
    kind: 'security',
    createdDaysAgo: 2000,
    members: inDepartment('Engineering'),
  },
  {
    key: 'finance',
    displayName: 'Finance',
    description: 'Finance team. Accounts payable through the nested Finance - Accounts Payable group.',
    kind: 'security',
    createdDaysAgo: 1900,
    members: (user) => inDepartment('Finance')(user) && !/Accounts Payable/.test(user.jobTitle ?? ''),
    nested: ['financeAp'],
  },
  {
    key: 'financeAp',
    displayName: 'Finance - Accounts Payable',
    description: 'Accounts payable specialists.',
    kind: 'security',
    createdDaysAgo: 700,
    members: (user) => inDepartment('Finance')(user) && /Accounts Payable/.test(user.jobTitle ?? ''),
  },
  {
    key: 'marketing',
    displayName: 'Marketing',
    description: 'Marketing team (Microsoft 365 group with a Teams team).',
    kind: 'microsoft365',
    createdDaysAgo: 1200,
    members: inDepartment('Marketing'),
  },
  {
    key: 'howspaceFacilitators',
    displayName: 'Howspace Facilitators',
    description: 'People who run Howspace workshops, including external facilitators.',
    kind: 'security',
    createdDaysAgo: 400,
    members: (user) =>
      titled(/HR Business Partner|Head of|Talent Acquisition|Content Strategist/)(user) ||
      named('chris.green_fabrikam.com#EXT#', 'ana.souza_tailspintoys.com#EXT#', 'liam.oconnor', 'zofia.nowak')(user),
  },
  {
    key: 'officeLondon',
    displayName: 'Office - London',
    description: 'People based in the London Paddington office.',
    kind: 'security',
    createdDaysAgo: 800,
    members: inCity('London'),
  },
  {
    key: 'officeDublin',
    displayName: 'Office - Dublin',
    description: 'People based in the Dublin office.',
    kind: 'security',
    createdDaysAgo: 800,
    members: inCity('Dublin'),
  },
  {
    key: 'expensesApprovers',
    displayName: 'Expenses Approvers',
    description: 'Department heads and the finance team (nested) who approve expenses.',
    kind: 'security',
    createdDaysAgo: 600,
    members: titled(/^(VP|Head of|Chief|HR Director|IT Director|General Counsel|Facilities Manager)/),
    nested: ['finance'],
  },
  {
    key: 'itAdmins',
    displayName: 'IT Admins',
    description: 'IT staff with administrative access to SaaS apps.',
    kind: 'security',
    createdDaysAgo: 2200,
    members: inDepartment('IT'),
  },
  {
    key: 'workplaceServices',
    displayName: 'Workplace Services',
    description: 'Facilities and reception staff who manage desks and rooms.',
    kind: 'security',
    createdDaysAgo: 1000,
    members: (user) => inDepartment('Facilities')(user) || named('patrick.murphy', 'monika.schneider')(user),
  },
];

export function groupId(key: GroupKey): string {
  return stableGuid('group', key);
}

function mailNicknameFor(displayName: string): string {
  return displayName.replace(/[^A-Za-z0-9]+/g, '');
}

/**
 * Groups as `GET /groups?$expand=members` returns them. Soft-deleted users are not members
 * (Graph drops deleted objects from memberships); disabled users still are.
 */
export function buildGroups(users: readonly GraphUser[], now: Date): GraphGroup[] {
  const nowMs = now.getTime();
  const live = users.filter((user) => !user.deletedDateTime);
  return GROUPS.map((spec) => {
    const userRefs: DirectoryObjectRef[] = live.filter(spec.members).map((user) => ({
      '@odata.type': ODATA_TYPE_USER,
      id: user.id,
      displayName: user.displayName ?? null,
      userPrincipalName: user.userPrincipalName,
    }));
    const groupRefs: DirectoryObjectRef[] = (spec.nested ?? []).map((key) => {
      const nested = GROUPS.find((candidate) => candidate.key === key);
      return { '@odata.type': ODATA_TYPE_GROUP, id: groupId(key), displayName: nested?.displayName ?? null };
    });
    const nickname = mailNicknameFor(spec.displayName);
    const mailEnabled = spec.kind === 'microsoft365';
    const group: GraphGroup = {
      id: groupId(spec.key),
      displayName: spec.displayName,
      description: spec.description,
      mail: mailEnabled ? `${nickname.toLowerCase()}@${SAMPLE_DEFAULT_DOMAIN}` : null,
      mailEnabled,
      mailNickname: nickname,
      securityEnabled: spec.kind !== 'microsoft365',
      groupTypes: spec.kind === 'microsoft365' ? ['Unified'] : spec.kind === 'dynamic' ? ['DynamicMembership'] : [],
      membershipRule: spec.membershipRule ?? null,
      membershipRuleProcessingState: spec.membershipRule ? 'On' : null,
      visibility: spec.kind === 'microsoft365' ? 'Private' : null,
      createdDateTime: isoSeconds(nowMs - spec.createdDaysAgo * DAY),
      deletedDateTime: null,
      members: [...groupRefs, ...userRefs],
    };
    return group;
  });
}
