import { describe, expect, it } from 'vitest';
import type { TrialSubjectOption } from '../../../../../shared/ipc/contracts/trial';
import { formProblem, hostOf, INITIAL_FORM, needsHostConfirmation, runRequestOf, stateTargetOf, type TrialForm } from '../../../../../renderer/src/features/trial/trialForm';
import { scenariosFor } from '../../../../../renderer/src/features/trial/scenarios';

const user: TrialSubjectOption = { id: 'u1', kind: 'User', displayName: 'Isabelle', detail: 'i@contoso.com', assignedVia: 'direct', inScope: true };
const group: TrialSubjectOption = { id: 'g1', kind: 'Group', displayName: 'Dublin', detail: '6 direct member(s)', assignedVia: 'direct', inScope: true };
const form = (patch: Partial<TrialForm>): TrialForm => ({ ...INITIAL_FORM, ...patch });

describe('trial form', () => {
  it('asks for a subject before anything else', () => {
    expect(formProblem(INITIAL_FORM)).toMatch(/Pick a user or group/);
    expect(formProblem(form({ subject: user }))).toBeNull();
  });

  it('offers groups only the scenarios the engine runs for groups', () => {
    expect(scenariosFor('User')).toHaveLength(10);
    expect(scenariosFor('Group').map((s) => s.name)).toEqual(['first', 'change', 'unassign', 'hard-delete', 'group-add', 'group-remove']);
    expect(formProblem(form({ subject: group, scenario: 'disable' }))).toMatch(/users only/);
  });

  it('needs at least one edit, each attribute once, for change', () => {
    expect(formProblem(form({ subject: user, scenario: 'change' }))).toMatch(/at least one attribute/);
    const edit = { key: 1, attribute: 'givenName', value: 'Isa', clear: false };
    expect(formProblem(form({ subject: user, scenario: 'change', edits: [edit] }))).toBeNull();
    expect(formProblem(form({ subject: user, scenario: 'change', edits: [edit, { ...edit, key: 2 }] }))).toMatch(/once per run/);
  });

  it('builds the change request with set values and clears as null', () => {
    const request = runRequestOf(
      form({ subject: user, scenario: 'change', edits: [{ key: 1, attribute: 'givenName', value: 'Isa', clear: false }, { key: 2, attribute: 'jobTitle', value: 'x', clear: true }] }),
      't',
      'a',
    );
    expect(request.scenario).toEqual({ name: 'change', set: { givenName: 'Isa', jobTitle: null } });
    expect(request.subject).toEqual({ kind: 'User', id: 'u1' });
    expect(request.target).toEqual({ kind: 'local' });
  });

  it("sends the scenario's choice as the engine's field: a user's group, a group's user, the new role; none = the engine's first that fits", () => {
    expect(runRequestOf(form({ subject: user, scenario: 'group-add', choice: 'g9' }), 't', 'a').scenario).toEqual({ name: 'group-add', groupId: 'g9' });
    expect(runRequestOf(form({ subject: group, scenario: 'group-remove', choice: 'u9' }), 't', 'a').scenario).toEqual({ name: 'group-remove', userId: 'u9' });
    expect(runRequestOf(form({ subject: user, scenario: 'role-change', choice: 'r1' }), 't', 'a').scenario).toEqual({ name: 'role-change', roleId: 'r1' });
    expect(runRequestOf(form({ subject: user, scenario: 'group-add' }), 't', 'a').scenario).toEqual({ name: 'group-add' });
    expect(runRequestOf(form({ subject: user, scenario: 'first', choice: 'stale' }), 't', 'a').scenario).toEqual({ name: 'first' });
  });

  it('sends picked group members only when some are picked', () => {
    expect(runRequestOf(form({ subject: group }), 't', 'a').subject).toEqual({ kind: 'Group', id: 'g1' });
    expect(runRequestOf(form({ subject: group, memberIds: ['m1'] }), 't', 'a').subject).toEqual({ kind: 'Group', id: 'g1', memberIds: ['m1'] });
  });

  it('a URL target needs a URL and token, and a confirmed host unless it is a dry run', () => {
    const url = form({ subject: user, target: 'url', baseUrl: 'https://scim.example.com/v2', token: 't0k' });
    expect(formProblem({ ...url, token: ' ' })).toMatch(/token/);
    expect(formProblem({ ...url, baseUrl: 'not a url' })).toMatch(/base URL/);
    expect(hostOf(url.baseUrl)).toBe('scim.example.com');
    expect(needsHostConfirmation(url)).toBe(true);
    expect(needsHostConfirmation({ ...url, dryRun: true })).toBe(false);
    expect(runRequestOf(url, 't', 'a', 'scim.example.com').target).toEqual({ kind: 'url', baseUrl: 'https://scim.example.com/v2', token: 't0k', confirmHost: 'scim.example.com' });
    expect(stateTargetOf(url)).toEqual({ kind: 'url', baseUrl: 'https://scim.example.com/v2' });
    expect(stateTargetOf({ ...url, baseUrl: '' })).toEqual({ kind: 'local' });
  });
});
