import { describe, expect, it } from 'vitest';
import type { FilterClause, ScopingFilter } from '../../../../shared/graph/synchronization';
import { sourceDirectoryOf, type SourceDirectory } from '../../../../shared/sync';
import { evaluateScope, evaluateScopingFilters } from '../../../../shared/sync/scope';
import { sourceObjectOf } from '../../../../shared/sync/source-view';
import { sample } from '../../../integration/electron/core/workspace-fixture';

const clause = (sourceOperandName: string, operatorName: string, ...values: string[]): FilterClause => ({ sourceOperandName, operatorName, targetOperand: { values } });
const filter = (...groups: FilterClause[][]): ScopingFilter => ({ groups: groups.map((clauses, i) => ({ name: `F${i + 1}`, clauses })) }) as unknown as ScopingFilter;

describe('evaluateScopingFilters', () => {
  it('a null attribute fails every clause but IS NULL', () => {
    const ops = ['EQUALS', 'NOT EQUALS', 'IS NOT NULL', 'IS TRUE', 'IS FALSE', 'INCLUDES', 'ENDS WITH', 'REGEX MATCH', 'NOT REGEX MATCH', 'Greater_Than'];
    for (const op of ops) expect(evaluateScopingFilters(filter([clause('department', op, 'x')]), {}).passed).toBe(false);
    expect(evaluateScopingFilters(filter([clause('department', 'IS NULL')]), {}).passed).toBe(true);
    expect(evaluateScopingFilters(filter([clause('department', 'IS NULL')]), { department: 'Sales' }).passed).toBe(false);
  });

  it('regex matches are unanchored and case-sensitive', () => {
    expect(evaluateScopingFilters(filter([clause('mail', 'REGEX MATCH', '@contoso\\.com$')]), { mail: 'a@contoso.com' }).passed).toBe(true);
    expect(evaluateScopingFilters(filter([clause('mail', 'REGEX MATCH', 'CONTOSO')]), { mail: 'a@contoso.com' }).passed).toBe(false);
    expect(evaluateScopingFilters(filter([clause('mail', 'NOT REGEX MATCH', 'fabrikam')]), { mail: 'a@contoso.com' }).passed).toBe(true);
  });

  it('several filter groups are ORed, clauses within a group ANDed, and each clause is reported', () => {
    const scope = filter([clause('department', 'EQUALS', 'Sales'), clause('country', 'EQUALS', 'FR')], [clause('department', 'EQUALS', 'Ops')]);
    expect(evaluateScopingFilters(scope, { department: 'Sales', country: 'DE' }).passed).toBe(false);
    expect(evaluateScopingFilters(scope, { department: 'Ops' }).passed).toBe(true);
    const result = evaluateScopingFilters(scope, { department: 'Sales', country: 'FR' });
    expect(result.passed).toBe(true);
    expect(result.results).toEqual({ "F1.department EQUALS 'Sales'": true, "F1.country EQUALS 'FR'": true, "F2.department EQUALS 'Ops'": false });
  });

  it('no filter: everything passes', () => {
    expect(evaluateScopingFilters(null, {}).passed).toBe(true);
  });
});

describe('evaluateScope (Howspace in the sample tenant)', () => {
  const snapshot = sample();
  const sp = snapshot.servicePrincipals.find((s) => s.displayName === 'Howspace')!;
  const mappingScope = sp.synchronization.jobs[0]!.schema.synchronizationRules[0]!.objectMappings[0]!.scope;
  const base = sourceDirectoryOf(sp, snapshot);
  const id = (name: string) => snapshot.users.find((u) => u.displayName === name)!.id;
  const evaluate = (userId: string, options: { syncAll?: boolean; legacyDefaultAccess?: boolean } = {}, directory: SourceDirectory = base) =>
    evaluateScope(directory, 'User', userId, sourceObjectOf(directory, 'User', userId)!, mappingScope, { syncAll: options.syncAll ?? false, legacyDefaultAccess: options.legacyDefaultAccess ?? false });

  it('an assigned, enabled user who passes the filters is in scope, with Entra\'s step details', () => {
    const result = evaluate(id('Isabelle Fournier'));
    expect({ inScope: result.inScope, managed: result.managed, reason: result.reason }).toEqual({ inScope: true, managed: true, reason: null });
    expect(result.details).toMatchObject({ 'Active in the source system': 'True', 'Assigned to the application': 'True', 'User has the required role': 'True', 'Scoping filter evaluation passed': 'True' });
  });

  it('a user who is a member of an assigned group only through a nested group is not assigned', () => {
    const nordics = snapshot.groups.find((g) => g.displayName === 'Sales - Nordics')!;
    const nestedOnly = nordics.members.find((m) => !base.groups.get(snapshot.groups.find((g) => g.displayName === 'Sales - EMEA')!.id)!.members.some((x) => x.id === m.id) && !base.assignments.some((a) => a.principalId === m.id))!;
    const result = evaluate(nestedOnly.id);
    expect({ inScope: result.inScope, assigned: result.assigned, reason: result.reason }).toEqual({ inScope: false, assigned: false, reason: 'User is not assigned to the application' });
    expect(result.decisions.find((d) => d.label === 'Assigned to the application')!.detail).toContain('through a nested group');
  });

  it('Default Access counts as a role by default, and not with legacyDefaultAccess', () => {
    const catherine = id('Catherine Moore');
    expect(base.assignments.find((a) => a.principalId === catherine)!.appRoleId).toBe('00000000-0000-0000-0000-000000000000');
    expect(evaluate(catherine).inScope).toBe(true);
    const legacy = evaluate(catherine, { legacyDefaultAccess: true });
    expect({ inScope: legacy.inScope, hasRole: legacy.hasRole, managed: legacy.managed }).toEqual({ inScope: false, hasRole: false, managed: false });
    expect(legacy.reason).toBe('User is not effectively entitled (Default Access only, in a configuration from before 2020-04-16)');
  });

  it('a disabled user is out of scope but still managed; a soft-deleted one too', () => {
    const isabelle = id('Isabelle Fournier');
    const user = base.users.get(isabelle)!;
    const disabled = { ...base, users: new Map(base.users).set(isabelle, { ...user, accountEnabled: false }) };
    const off = evaluate(isabelle, {}, disabled);
    expect({ inScope: off.inScope, active: off.active, reason: off.reason }).toEqual({ inScope: false, active: false, reason: 'User is disabled or deleted in Azure Active Directory' });
    const deleted = { ...base, users: new Map(base.users).set(isabelle, { ...user, deletedDateTime: '2026-11-19T00:00:00Z' }) };
    const soft = evaluate(isabelle, {}, deleted);
    expect({ inScope: soft.inScope, active: soft.active, managed: soft.managed }).toEqual({ inScope: false, active: false, managed: true });
  });

  it('sync all: an unassigned user is in scope when it passes the filters', () => {
    const unassigned = snapshot.users.find((u) => u.companyName === 'Contoso Ltd' && u.accountEnabled !== false && !u.deletedDateTime && !evaluate(u.id).assigned)!;
    expect(evaluate(unassigned.id).inScope).toBe(false);
    const all = evaluate(unassigned.id, { syncAll: true });
    expect({ inScope: all.inScope, assigned: all.assigned }).toEqual({ inScope: true, assigned: true });
  });

  it('a user failing the filters is out of scope and not managed', () => {
    const ana = evaluate(id('Ana Souza'));
    expect({ inScope: ana.inScope, filterPassed: ana.filterPassed, managed: ana.managed, reason: ana.reason }).toEqual({ inScope: false, filterPassed: false, managed: false, reason: 'User does not pass the scoping filters' });
  });
});
