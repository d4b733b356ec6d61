import { describe, expect, it } from 'vitest';
import { provisioningObjectSummarySchema, provisioningStepSchema } from '../../../../shared/graph/provisioning-log';

// graph-facts.md §2.11, "Example: a failed create" (verbatim).
const FAILED_CREATE = `{
  "id": "gc532ff9-r265-ec76-861e-42e2970a8218", "activityDateTime": "2019-06-24T20:53:08Z",
  "tenantId": "7928d5b5-7442-4a97-ne2d-66f9j9972ecn", "jobId": "ContosoOutDelta.7928d5b574424a97ne2d66f9j9972ecn",
  "cycleId": "44576n58-v14b-70fj-8404-3d22tt46ed93", "changeId": "eaad2f8b-e6e3-409b-83bd-e4e2e57177d5",
  "provisioningAction": "create", "durationInMilliseconds": 2785,
  "sourceSystem": {"id": "0404601d-a9c0-4ec7-bbcd-02660120d8c9", "displayName": "Azure Active Directory", "details": {}},
  "targetSystem": {"id": "cd22f60b-5f2d-1adg-adb4-76ef31db996b", "displayName": "Contoso",
                   "details": {"ApplicationId": "f2764360-e0ec-5676-711e-cd6fc0d4dd61", "ServicePrincipalId": "chc46a42-966b-47d7-9774-576b1c8bd0b8", "ServicePrincipalDisplayName": "Contoso"}},
  "initiatedBy": {"id": "", "displayName": "Azure AD Provisioning Service", "initiatorType": "system"},
  "servicePrincipal": {"id": "chc46a42-966b-47d7-9774-576b1c8bd0b8", "displayName": "Contoso"},
  "sourceIdentity": {"id": "5e6c9rae-ab4d-5239-8ad0-174391d110eb", "displayName": "Self-service Pilot", "identityType": "Group", "details": {}},
  "targetIdentity": {"id": "", "displayName": "", "identityType": "Group", "details": {}},
  "provisioningStatusInfo": {"status": "failure", "errorInformation": {
      "errorCode": "ContosoEntryConflict",
      "reason": "Message: Contoso returned an error response with the HTTP status code 409. …",
      "additionalDetails": null, "errorCategory": "nonServiceFailure", "recommendedAction": null}},
  "provisioningSteps": [
    {"name": "EntryImportAdd", "provisioningStepType": "import", "status": "success",
     "description": "Received Group 'Self-service Pilot' change of type (Add) from Azure Active Directory", "details": {}},
    {"name": "EntrySynchronizationAdd", "provisioningStepType": "matching", "status": "success",
     "description": "Group 'Self-service Pilot' will be created in Contoso (Group is active and assigned in Azure Active Directory, but no matching Group was found in Contoso)", "details": {}},
    {"name": "EntryExportAdd", "provisioningStepType": "export", "status": "failure",
     "description": "Failed to create Group 'Self-service Pilot' in Contoso", "details": {"ReportableIdentifier": "Self-service Pilot"}}],
  "modifiedProperties": [{"displayName": "displayName", "oldValue": null, "newValue": "Self-service Pilot"},
                         {"displayName": "securityEnabled", "oldValue": null, "newValue": "True"}]
}`;

// graph-facts.md §2.11, "A user scoping step with details" (verbatim).
const SCOPING_STEP = `{"name": "EntrySynchronizationScoping", "provisioningStepType": "scoping", "status": "success",
 "description": "Determine if User in scope by evaluating against each scoping filter",
 "details": {"Active in the source system": "True", "Assigned to the application": "True",
             "User has the required role": "True", "Scoping filter evaluation passed": "True",
             "ScopeEvaluationResult": "{\\"Marketing department filter.department EQUALS 'Marketing'\\":true}"}}`;

describe('provisioningObjectSummarySchema', () => {
  it('accepts the failed-create record from the Graph docs', () => {
    const record = provisioningObjectSummarySchema.parse(JSON.parse(FAILED_CREATE));
    expect(record.provisioningAction).toBe('create');
    expect(record.provisioningStatusInfo.errorInformation?.errorCode).toBe('ContosoEntryConflict');
    expect(record.provisioningSteps.map((step) => step.provisioningStepType)).toEqual(['import', 'matching', 'export']);
    expect(record.servicePrincipal).toEqual({ id: 'chc46a42-966b-47d7-9774-576b1c8bd0b8', displayName: 'Contoso' });
  });

  it('keeps the initiatingType spelling and other unknown keys', () => {
    const input = JSON.parse(FAILED_CREATE) as Record<string, unknown>;
    input.initiatedBy = { id: '', displayName: 'Azure AD Provisioning Service', initiatingType: 'system' };
    input.statusInfo = { status: 'failure' };
    const record = provisioningObjectSummarySchema.parse(input);
    expect(record.initiatedBy?.initiatingType).toBe('system');
    expect(record.statusInfo).toEqual({ status: 'failure' });
  });

  it('rejects an action outside the v1.0 enumeration, naming the field', () => {
    const result = provisioningObjectSummarySchema.safeParse({ ...JSON.parse(FAILED_CREATE), provisioningAction: 'Create' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['provisioningAction']]);
  });
});

describe('provisioningStepSchema', () => {
  it('accepts the scoping step with its detail keys from the Graph docs', () => {
    const step = provisioningStepSchema.parse(JSON.parse(SCOPING_STEP));
    expect(step.details?.['Scoping filter evaluation passed']).toBe('True');
    expect(JSON.parse(String(step.details?.ScopeEvaluationResult))).toEqual({ "Marketing department filter.department EQUALS 'Marketing'": true });
  });
});
