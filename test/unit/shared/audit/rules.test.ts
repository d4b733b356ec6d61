import { describe, expect, it } from 'vitest';
import { LINT_RULES } from '../../../../shared/audit';
import { audit, GOOD_USER, ruleIds, type SchemaOptions } from './fixtures';

const replace = (target: string, source: string | null, extra: object = {}) => GOOD_USER.map((m) => (m.target === target ? { ...m, source, ...extra } : m));
const GOOD_GROUP = [
  { target: 'displayName', source: '[displayName]', matchingPriority: 1 },
  { target: 'externalId', source: '[objectId]' },
  { target: 'members', source: '[members]' },
];

type Case = [ruleId: string, firing: SchemaOptions & Parameters<typeof audit>[0], notFiring?: Parameters<typeof audit>[0]];

const CASES: Case[] = [
  ['matching-attribute-missing', { user: replace('userName', '[userPrincipalName]', { matchingPriority: 0 }) }],
  ['matching-attribute-not-filterable', { profileId: 'howspace', user: [...replace('userName', '[userPrincipalName]', { matchingPriority: 0 }).map((m) => (m.target === 'externalId' ? { ...m, matchingPriority: 1 } : m))] }, { profileId: 'howspace' }],
  ['matching-precedence-duplicate', { user: replace('externalId', '[mailNickname]', { matchingPriority: 1 }) }],
  ['matching-default-value', { user: replace('userName', '[userPrincipalName]', { matchingPriority: 1, defaultValue: 'x@y' }) }],
  ['required-target-unmapped', { user: GOOD_USER.filter((m) => m.target !== 'userName').map((m) => (m.target === 'externalId' ? { ...m, matchingPriority: 1 } : m)) }],
  ['duplicate-target', { user: [...GOOD_USER, { target: 'name.givenName', source: '[displayName]' }] }],
  ['unknown-source-attribute', { user: replace('name.givenName', '[givenNmae]') }],
  ['type-mismatch', { user: [...GOOD_USER, { target: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', source: '[displayName]' }] }, { user: [...GOOD_USER, { target: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', source: '[manager]' }] }],
  ['active-not-from-soft-delete', { user: replace('active', '[accountEnabled]') }, { user: replace('active', 'Not([IsSoftDeleted])') }],
  ['constant-user-name', { user: replace('userName', '"svc@contoso.com"', { matchingPriority: 1 }) }],
  ['default-value-create-only', { user: replace('name.givenName', '[givenName]', { defaultValue: 'Unknown' }) }],
  ['primary-key-target', { user: [...GOOD_USER, { target: 'id', source: '[objectId]' }] }],
  ['select-unique-value-misuse', { user: replace('externalId', 'SelectUniqueValue([mail], [userPrincipalName])') }],
  ['app-role-sync-all', { user: [...GOOD_USER, { target: 'displayName', source: '[appRoleAssignments]' }] }],
  ['nested-group-assignment', { assignments: { nestedOnlyUsers: 3, groupsWithNestedGroups: ['Sales'] } }, { assignments: { nestedOnlyUsers: 0, groupsWithNestedGroups: [] } }],
  ['required-value-missing', { users: [{ userPrincipalName: 'a@x', IsSoftDeleted: 'False' }, { IsSoftDeleted: 'False' }] }, { users: [{ userPrincipalName: 'a@x' }] }],
  ['expression-parse-error', { user: replace('name.givenName', 'Left([givenName], 1') }],
  ['expression-too-long', { user: replace('name.givenName', `Append([givenName], "${'x'.repeat(10_000)}")`) }],
  ['function-name-case', { user: replace('name.givenName', 'toUpper([givenName])') }, { user: replace('name.givenName', 'ToUpper([givenName])') }],
  ['undocumented-function', { user: replace('name.givenName', 'Trim([givenName])') }],
  ['ignore-flow-nested', { user: replace('name.givenName', 'ToUpper(IgnoreFlowIfNullOrEmpty([givenName]))') }, { user: replace('name.givenName', 'IgnoreFlowIfNullOrEmpty(ToUpper([givenName]))') }],
  ['switch-on-presence', { user: replace('name.givenName', 'Switch(IsPresent([givenName]), "x", "True", [givenName])') }],
  ['iif-null-condition', { user: replace('name.givenName', 'IIF(IsNullOrEmpty([givenName]), "x", [givenName])') }, { user: replace('name.givenName', 'IIF([givenName] = "A", "x", [givenName])') }],
  ['switch-on-reference', { user: replace('name.givenName', 'Switch([manager], "x", "a", "b")') }],
  ['item-index-zero', { user: replace('name.givenName', 'Item([proxyAddresses], 0)') }, { user: replace('name.givenName', 'Item([proxyAddresses], 1)') }],
  [
    'target-attribute-rejected-in-logs',
    { rejectedAttributes: [{ attribute: 'name.givenName', errorCode: 'SchemaAttributeNotFound', count: 3, lastSeen: '2026-01-02T00:00:00Z' }] },
    { rejectedAttributes: [{ attribute: 'nickName', errorCode: 'SchemaAttributeNotFound', count: 3, lastSeen: '2026-01-02T00:00:00Z' }] },
  ],
  ['date-without-cdate', { user: replace('name.givenName', 'DateAdd("d", 1, [employeeId])') }, { user: replace('name.givenName', 'DateAdd("d", 1, CDate([employeeId]))') }],
  ['suspicious-constant', { user: replace('name.givenName', 'Replace([givenName], , "\\d+", , "", , )') }, { user: replace('name.givenName', 'Replace([givenName], , "\\\\d+", , "", , )') }],
  ['format-datetime-eager', { user: replace('name.givenName', 'IIF([givenName] = "x", FormatDateTime([givenName], , "yyyy", "yy"), "")') }],
  ['scoping-null-excluded', { scope: { groups: [{ name: 'g', clauses: [{ sourceOperandName: 'department', operatorName: 'NOT EQUALS', targetOperand: { values: ['Sales'] } }] }], inputFilterGroups: [], categoryFilterGroups: [] } }],
  ['scoping-regex-loose', { scope: { groups: [{ name: 'g', clauses: [{ sourceOperandName: 'mail', operatorName: 'REGEX MATCH', targetOperand: { values: ['.*@contoso.com'] } }] }], inputFilterGroups: [], categoryFilterGroups: [] } }, { scope: { groups: [{ name: 'g', clauses: [{ sourceOperandName: 'mail', operatorName: 'REGEX MATCH', targetOperand: { values: ['^.*@contoso\\.com$'] } }] }], inputFilterGroups: [], categoryFilterGroups: [] } }],
  ['scoping-unsupported', { scope: { groups: [{ name: 'g', clauses: [{ sourceOperandName: 'manager', operatorName: 'IS NOT NULL', targetOperand: { values: [] } }] }], inputFilterGroups: [], categoryFilterGroups: [] } }, { scope: { groups: [{ name: 'g', clauses: [{ sourceOperandName: 'accountEnabled', operatorName: 'IS TRUE', targetOperand: { values: [] } }] }], inputFilterGroups: [], categoryFilterGroups: [] } }],
  ['officernd-external-id', { profileId: 'officernd', user: GOOD_USER }, { profileId: 'officernd', user: [{ target: 'externalId', source: '[objectId]', matchingPriority: 1 }, { target: 'userName', source: '[userPrincipalName]' }, { target: 'active', source: 'Not([IsSoftDeleted])' }, { target: 'displayName', source: '[displayName]' }] }],
  ['group-members-users-only', { profileId: 'officernd', group: GOOD_GROUP.map((m) => (m.target === 'externalId' ? { ...m, matchingPriority: 1 } : { ...m, matchingPriority: 0 })), groupMembersRef: ['User', 'Group'] }, { profileId: 'officernd', group: GOOD_GROUP.map((m) => (m.target === 'externalId' ? { ...m, matchingPriority: 1 } : { ...m, matchingPriority: 0 })), groupMembersRef: ['User'] }],
  ['username-must-be-email', { profileId: 'officernd', user: [{ target: 'externalId', source: '[objectId]', matchingPriority: 1 }, { target: 'userName', source: '[mailNickname]' }, { target: 'active', source: 'Not([IsSoftDeleted])' }] }, { profileId: 'officernd', user: [{ target: 'externalId', source: '[objectId]', matchingPriority: 1 }, { target: 'userName', source: '[userPrincipalName]' }, { target: 'active', source: 'Not([IsSoftDeleted])' }] }],
  ['officespace-default-access', { profileId: 'officespace', assignments: { nestedOnlyUsers: 0, groupsWithNestedGroups: [], defaultAccessUsers: 2 } }, { profileId: 'howspace', assignments: { nestedOnlyUsers: 0, groupsWithNestedGroups: [], defaultAccessUsers: 2 } }],
  ['target-unknown-to-profile', { profileId: 'howspace', user: [...GOOD_USER, { target: 'title', source: '[jobTitle]' }] }, { profileId: 'howspace' }],
];

describe('lint rules, each firing and not firing', () => {
  it('the clean mapping has no findings at all', () => {
    expect(audit()).toEqual([]);
  });

  it('covers every rule in the registry', () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual(LINT_RULES.map((r) => r.id).sort());
  });

  it('gives every rule a stable id, a severity, a title and a fix hint', () => {
    for (const rule of LINT_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.fixHint.length).toBeGreaterThan(10);
    }
    expect(new Set(LINT_RULES.map((r) => r.id)).size).toBe(LINT_RULES.length);
  });

  it.each(CASES)('%s', (ruleId, firing, notFiring) => {
    const found = audit(firing);
    expect(ruleIds(found), JSON.stringify(found.map((f) => f.message))).toContain(ruleId);
    const finding = found.find((f) => f.ruleId === ruleId)!;
    expect(finding.message.length).toBeGreaterThan(10);
    expect(ruleIds(audit(notFiring ?? {}))).not.toContain(ruleId);
  });

  it('points an unknown attribute at its position and suggests the right name', () => {
    const finding = audit({ user: replace('name.givenName', 'ToUpper([givenNmae])') }).find((f) => f.ruleId === 'unknown-source-attribute')!;
    expect(finding).toMatchObject({ start: 8, end: 19, targetAttributeName: 'name.givenName' });
    expect(finding.message).toContain('did you mean [givenName]?');
  });

  it('counts only objects with no value in any matching attribute', () => {
    const user = [...GOOD_USER, { target: 'emails[type eq "work"].value', source: '[mail]', matchingPriority: 2 }];
    const findings = audit({ user, users: [{ mail: 'a@x' }, { userPrincipalName: 'b@x' }, {}] }).filter((f) => f.ruleId === 'required-value-missing');
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('1 of 3 user(s) in scope have no value in any matching attribute')]);
  });
});
