import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ObjectRun, Phase } from '../../../../../shared/sync';
import { compareOnDemand, fidelityReport, parseOnDemandResponse, type ParsedOnDemandResponse } from '../../../../../shared/sync/on-demand';

const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(__dirname, '../../../../fixtures/on-demand', name), 'utf8')) as unknown;
const parsed = (body: unknown): ParsedOnDemandResponse => {
  const outcome = parseOnDemandResponse(body);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
};
const phase = (name: Phase['name'], status: Phase['status']): Phase => ({ name, status, summary: name, decisions: [], exchanges: [] });

/** Our engine's run for user1@fabrikam.com: created with three attributes. */
const created: ObjectRun = {
  kind: 'User',
  sourceId: '7ab2c3d4-0000-4000-8000-000000000001',
  displayName: 'User1',
  reportableIdentifier: 'user1@fabrikam.com',
  phases: [phase('import', 'success'), phase('scope', 'success'), phase('match', 'success'), phase('action', 'success')],
  action: 'create',
  status: 'success',
  error: null,
  targetId: 'u-1',
  targetObject: null,
  attributes: [],
  modifiedProperties: [
    { displayName: 'userName', oldValue: null, newValue: 'user1@fabrikam.com' },
    { displayName: 'active', oldValue: null, newValue: 'True' },
    { displayName: 'displayName', oldValue: null, newValue: 'User1' },
  ],
  verdict: '',
  durationMs: 1,
  logSteps: {
    import: { name: 'EntryImportAdd', description: 'imported', details: {} },
    scope: { name: 'EntrySynchronizationScoping', description: 'scoped', details: {} },
    match: { name: 'EntryImportByMatchingProperty', description: 'no match', details: {} },
    action: { name: 'EntryExportAdd', description: 'created', details: {} },
  },
};

describe('compareOnDemand', () => {
  it('agrees with a shape B answer that created the same user with the same values', () => {
    const comparison = compareOnDemand({ predicted: [created], subject: { kind: 'User', id: created.sourceId }, actual: parsed(fixture('shape-b-created.json')) });
    expect(comparison.mode).toBe('steps');
    expect(comparison.agree).toBe(true);
    expect(comparison.differences).toEqual([]);
    expect(comparison.overall).toEqual({ predicted: 'Success', actual: 'Success', same: true });
    const object = comparison.objects[0]!;
    expect(object.steps.map((s) => [s.type, s.predicted?.status, s.actual?.status, s.same])).toEqual([
      ['Import', 'Success', 'Success', true],
      ['Scoping', 'Success', 'Success', true],
      ['Matching', 'Success', 'Success', true],
      ['Export', 'Success', 'Success', true],
    ]);
    expect(object.attributes).toEqual([
      { name: 'active', predicted: 'True', actual: 'True', same: true },
      { name: 'displayName', predicted: 'User1', actual: 'User1', same: true },
      { name: 'userName', predicted: 'user1@fabrikam.com', actual: 'user1@fabrikam.com', same: true },
    ]);
  });

  it('lists every difference: action, exported value, step status and error code', () => {
    const run: ObjectRun = {
      ...created,
      sourceId: '62cf7b7a-52be-4a9b-9c69-e5d4a4a14f67',
      reportableIdentifier: 'BillBob@contoso.com',
      modifiedProperties: [{ displayName: 'displayName', oldValue: null, newValue: 'Bill Bob' }],
    };
    // Shape A from the Graph docs: Entra found the user already there and skipped it (RedundantExport).
    const comparison = compareOnDemand({ predicted: [run], subject: { kind: 'User', id: run.sourceId }, actual: parsed(fixture('shape-a-skipped.json')) });
    expect(comparison.agree).toBe(false);
    expect(comparison.differences.map((d) => d.message)).toEqual([
      'Outcome: we predicted Success, Entra reported Skipped.',
      'Action: we predicted Create, Entra did Other.',
      'Error code: we predicted (none), Entra logged RedundantExport.',
      'Action step: we predicted Success, Entra reported Skipped.',
      'Exported displayName: we predicted "Bill Bob", Entra sent none.',
    ]);
    expect(comparison.differences.map((d) => d.kind)).toEqual(['outcome', 'action', 'errorCode', 'step', 'attribute']);
  });

  it('compares a group call without steps by its outcome only', () => {
    const group: ObjectRun = { ...created, kind: 'Group', sourceId: 'g-1', reportableIdentifier: 'Sales', action: 'create' };
    const agree = compareOnDemand({ predicted: [created, group], subject: { kind: 'Group', id: 'g-1' }, actual: parsed(fixture('group-success.json')) });
    expect(agree.mode).toBe('outcome');
    expect(agree.agree).toBe(true);
    expect(agree.overall).toEqual({ predicted: 'Success', actual: 'Success', same: true });
    expect(agree.notes).toEqual(['Entra answered this call without provisioning steps (as it does for groups), so only the overall outcome is compared.']);
    const failing = { ...created, status: 'failure' as const, error: { errorCode: 'EntryConflict', reason: 'taken', errorCategory: 'nonServiceFailure' as const, recommendedAction: null, additionalDetails: null } };
    const disagree = compareOnDemand({ predicted: [failing, group], subject: { kind: 'Group', id: 'g-1' }, actual: parsed(fixture('group-success.json')) });
    expect(disagree.agree).toBe(false);
    expect(disagree.differences).toEqual([{ kind: 'outcome', object: 'the call', predicted: 'Failure', actual: 'Success', message: 'Outcome: we predicted Failure, Entra reported Success.' }]);
  });

  it('writes a fidelity bug report with the differences first and the raw answer last', () => {
    const body = fixture('shape-a-skipped.json');
    const comparison = compareOnDemand({ predicted: [{ ...created, sourceId: '62cf7b7a-52be-4a9b-9c69-e5d4a4a14f67', reportableIdentifier: 'BillBob@contoso.com' }], subject: { kind: 'User', id: '62cf7b7a-52be-4a9b-9c69-e5d4a4a14f67' }, actual: parsed(body) });
    const report = fidelityReport(comparison, {
      app: { displayName: 'Howspace', servicePrincipalId: 'sp-1', jobId: 'job-1', templateId: 'howspace' },
      subject: 'User Bill Bob (BillBob@contoso.com)',
      ruleId: 'rule-1',
      predictionTarget: 'an empty SCIM service (in memory)',
      predictedAt: '2026-11-20T12:00:00.000Z',
      calledAt: '2026-11-20T12:00:01.000Z',
      shape: 'summary',
      rawAnswer: body,
    });
    const lines = report.split('\n');
    expect(lines.slice(0, 12)).toEqual([
      'Provisioning Workbench fidelity bug report: prediction differs from provision on demand',
      '',
      'App: Howspace (service principal sp-1, job job-1, template howspace)',
      'Subject: User Bill Bob (BillBob@contoso.com)',
      'Rule: rule-1',
      'Prediction: trial-sync engine, default PATCH dialect (on demand ignores aadOptscim062020), against an empty SCIM service (in memory), saved 2026-11-20T12:00:00.000Z',
      'Entra: provisionOnDemand called 2026-11-20T12:00:01.000Z; answer shape: summary',
      'Overall: predicted Success, Entra Skipped',
      '',
      'Differences (7):',
      '- [BillBob@contoso.com] Outcome: we predicted Success, Entra reported Skipped.',
      '- [BillBob@contoso.com] Action: we predicted Create, Entra did Other.',
    ]);
    expect(report).toContain('! Action    Success (EntryExportAdd)          Skipped (EntrySynchronizationSkip)');
    expect(report).toContain("Entra's answer as received:");
    expect(report.endsWith('}')).toBe(true);
  });
});
