import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOnDemandResponse } from '../../../../../shared/sync/on-demand';

const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(__dirname, '../../../../fixtures/on-demand', name), 'utf8')) as Record<string, unknown>;

function parsed(body: unknown) {
  const outcome = parseOnDemandResponse(body);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

describe('parseOnDemandResponse', () => {
  it('reads shape A (key = result summary JSON, value = the object JSON) from the Graph documentation', () => {
    const value = parsed(fixture('shape-a-skipped.json'));
    expect(value.shape).toBe('summary');
    expect(value.result).toBe('Skipped');
    expect(value.resultDetails).toEqual({ errorCode: 'RedundantExport', errorMessage: 'The state of the user in both the source and target systems already match.' });
    expect(value.swapped).toBe(false);
    expect(value.objects).toHaveLength(1);
    const object = value.objects[0]!;
    expect(object.action).toBe('Other');
    expect(object.status).toBe('Skipped');
    expect(object.errorCode).toBeNull();
    expect(object.reportableIdentifier).toBe('BillBob@contoso.com');
    expect(object.sourceId).toBe('62cf7b7a-52be-4a9b-9c69-e5d4a4a14f67');
    expect(object.targetId).toBe('52507a19-96ec-4e73-9250-3e65ffd2d926');
    expect(object.steps.map((s) => [s.type, s.name, s.status])).toEqual([
      ['Import', 'EntryImport', 'Success'],
      ['Matching', 'EntryImport', 'Success'],
      ['Scoping', 'EntrySynchronizationScoping', 'Success'],
      ['Export', 'EntrySynchronizationSkip', 'Skipped'],
    ]);
    expect(object.steps[2]!.details.ScopeEvaluationResult).toBe('{}');
    expect(object.modifiedProperties[2]).toEqual({ name: 'displayName', oldValue: null, newValue: 'Bill Bob' });
    expect(Object.keys(object.extra).sort()).toEqual(['changeId', 'endTime', 'sourceSystem', 'startTime', 'targetSystem']);
    expect(value.warnings).toEqual([]);
  });

  it('reads shape B (key = a type name, value = a JSON array) and keeps unknown fields raw', () => {
    const value = parsed(fixture('shape-b-created.json'));
    expect(value.shape).toBe('statusInfoArray');
    expect(value.result).toBeNull();
    expect(value.typeName).toBe('Microsoft.Identity.Health.CPP.Common.DataContracts.SyncFabric.StatusInfo');
    const object = value.objects[0]!;
    expect(object.action).toBe('Create');
    expect(object.status).toBe('Success');
    expect(object.steps[3]!.details).toEqual({ userName: 'user1@fabrikam.com', active: 'True', displayName: 'User1' });
    expect(object.extra.futureField).toEqual({ kept: true });
  });

  it('reads a group call that answers a summary and an empty object', () => {
    const value = parsed(fixture('group-success.json'));
    expect(value).toEqual({ shape: 'summaryOnly', result: 'Success', resultDetails: {}, typeName: null, swapped: false, objects: [], warnings: [] });
  });

  it('reads key and value swapped', () => {
    const a = fixture('shape-a-skipped.json');
    const value = parsed({ key: a.value, value: a.key });
    expect(value.swapped).toBe(true);
    expect(value.result).toBe('Skipped');
    expect(value.objects[0]!.action).toBe('Other');
  });

  it('reads objects that were sent as JSON rather than strings, and the log\'s field names', () => {
    const value = parsed({
      key: { result: 'Failure', details: { errorCode: 'EntryConflict' } },
      value: {
        provisioningAction: 'create',
        provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'EntryConflict', reason: 'taken' } },
        provisioningSteps: [{ name: 'EntryExportAdd', provisioningStepType: 'export', status: 'failure', details: { count: 2 } }],
      },
    });
    expect(value.objects[0]).toMatchObject({ action: 'create', status: 'failure', errorCode: 'EntryConflict', reason: 'taken' });
    expect(value.objects[0]!.steps[0]).toEqual({ name: 'EntryExportAdd', type: 'export', status: 'failure', description: null, timestamp: null, details: { count: '2' } });
  });

  it('names what could not be read', () => {
    expect(parseOnDemandResponse('not json')).toEqual({ ok: false, error: 'Entra\'s answer is not a JSON object with "key" and "value"; nothing could be read.' });
    expect(parseOnDemandResponse({ foo: 1 })).toEqual({ ok: false, error: 'Entra\'s answer has neither "key" nor "value"; nothing could be read.' });
    expect(parseOnDemandResponse({ key: '{"result": "Succ', value: '[{"provisioningSteps": ' })).toEqual({
      ok: false,
      error: 'Entra\'s answer holds text that looks like JSON but is not valid JSON, so neither the result nor the steps could be read.',
    });
    const partial = parsed({ key: '{"result":"Success","details":{}}', value: '{"action":"Create","provisioningSteps":[42,{"name":"EntryImport","status":"Success"}]}' });
    expect(partial.warnings).toEqual([
      'provisioningSteps[0] is not an object, so it was left out.',
      'provisioningSteps[1] has no type, so it cannot be placed among Import, Scope, Match and Action.',
    ]);
  });
});
