import { describe, expect, it } from 'vitest';
import { userSourceObject } from '../../../shared/mapping/source-object';
import { evaluateScopingFilters } from '../../../shared/sync/scope';
import { objectMapping, sample, userByUpnPrefix } from './sample-fixture';

function scopingDetails(appName: string, userId: string): Readonly<Record<string, unknown>> | null | undefined {
  const record = sample().provisioningLogs.find(
    (r) => r.sourceIdentity?.id === userId && r.servicePrincipal?.displayName === appName && r.provisioningSteps.some((s) => s.name === 'EntrySynchronizationScoping'),
  );
  return record?.provisioningSteps.find((s) => s.name === 'EntrySynchronizationScoping')?.details;
}

describe('sample job population', () => {
  it('scopes users with the product scope evaluator, so the logs show what trial sync shows', () => {
    const user = userByUpnPrefix('isabelle.fournier');
    const details = scopingDetails('Howspace', user.id);
    expect(details).toEqual({
      'Active in the source system': 'True',
      'Assigned to the application': 'True',
      'User has the required role': 'True',
      'Scoping filter evaluation passed': 'True',
      ScopeEvaluationResult: `{"Contoso staff.companyName EQUALS 'Contoso Ltd'":true,"Contoso staff.accountEnabled IS TRUE":true,"External facilitators.companyName EQUALS 'Fabrikam'":false}`,
    });
    const shared = evaluateScopingFilters(objectMapping('Howspace', 'User').scope, userSourceObject(user, { isSoftDeleted: false }));
    expect(details?.ScopeEvaluationResult).toBe(JSON.stringify(shared.results));
  });
});
