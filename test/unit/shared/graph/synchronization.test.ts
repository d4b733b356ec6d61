import { describe, expect, it } from 'vitest';
import {
  TIMESPAN_MAX_VALUE,
  attributeMappingSourceSchema,
  filterSchema,
  objectMappingSchema,
  synchronizationJobSchema,
  synchronizationSchemaSchema,
  synchronizationTemplateSchema,
} from '../../../../shared/graph/synchronization';

// graph-facts.md §2.3, "a quarantined job with the accidental-deletion setting" (verbatim).
const QUARANTINED_JOB = `{
  "id": "{jobId}", "templateId": "BoxOutDelta",
  "schedule": {"expiration": null, "interval": "P10675199DT2H48M5.4775807S", "state": "Disabled"},
  "status": {
    "countSuccessiveCompleteFailures": 0, "escrowsPruned": false, "synchronizedEntryCountByType": [],
    "code": "Paused", "lastExecution": null, "lastSuccessfulExecution": null, "progress": [],
    "lastSuccessfulExecutionWithExports": null,
    "steadyStateFirstAchievedTime": "0001-01-01T00:00:00Z", "steadyStateLastAchievedTime": "0001-01-01T00:00:00Z",
    "quarantine": {"currentBegan": "", "nextAttempt": "", "reason": "", "seriesBegan": "", "seriesCount": 2,
      "error": {"code": "SalesforceInvalidCredentials",
                "message": "Your Salesforce.com credentials are invalid. …", "tenantActionable": true}},
    "troubleshootingUrl": null
  },
  "synchronizationJobSettings": [{"name": "QuarantineTooManyDeletesThreshold", "value": "500"}]
}`;

// graph-facts.md §2.3, "an active job on PT40M" (verbatim).
const ACTIVE_JOB = `{
  "id": "{jobId}", "templateId": "Azure2Azure",
  "schedule": {"expiration": null, "interval": "PT40M", "state": "Active"},
  "status": {
    "countSuccessiveCompleteFailures": 0, "escrowsPruned": false, "code": "NotRun",
    "lastSuccessfulExecution": null, "lastSuccessfulExecutionWithExports": null, "quarantine": null,
    "steadyStateFirstAchievedTime": "0001-01-01T00:00:00Z", "steadyStateLastAchievedTime": "0001-01-01T00:00:00Z",
    "troubleshootingUrl": "",
    "lastExecution": {"activityIdentifier": null, "countEntitled": 0, "countEntitledForProvisioning": 0,
      "countEscrowed": 0, "countEscrowedRaw": 0, "countExported": 0, "countExports": 0, "countImported": 0,
      "countImportedDeltas": 0, "countImportedReferenceDeltas": 0, "state": "Failed",
      "timeBegan": "0001-01-01T00:00:00Z", "timeEnded": "0001-01-01T00:00:00Z",
      "error": {"code": "None", "message": "", "tenantActionable": false}},
    "progress": [], "synchronizedEntryCountByType": []
  },
  "synchronizationJobSettings": [{"name": "AzureIngestionAttributeOptimization", "value": "False"},
                                 {"name": "LookaheadQueryEnabled", "value": "False"}]
}`;

// graph-facts.md §2.4, objectMapping excerpt (verbatim).
const OBJECT_MAPPING = `{
  "name": "Synchronize Azure Active Directory Users to salesforce.com",
  "enabled": true, "flowTypes": "Add, Update, Delete", "scope": null,
  "sourceObjectName": "User", "targetObjectName": "User",
  "metadata": [{"key": "IsCustomerDefined", "value": "false"}, {"key": "Disposition", "value": "\\"Normal\\""}],
  "attributeMappings": [
    {"defaultValue": "True", "exportMissingReferences": false, "flowBehavior": "FlowWhenChanged", "flowType": "Always",
     "matchingPriority": 0, "targetAttributeName": "IsActive",
     "source": {"expression": "Not([IsSoftDeleted])", "name": "Not", "type": "Function",
                "parameters": [{"key": "source", "value": {"expression": "[IsSoftDeleted]", "name": "IsSoftDeleted", "parameters": [], "type": "Attribute"}}]}},
    {"defaultValue": "ISO-8859-1", "exportMissingReferences": false, "flowBehavior": "FlowWhenChanged", "flowType": "Always",
     "matchingPriority": 0, "source": null, "targetAttributeName": "EmailEncodingKey"},
    {"defaultValue": "Chatter Free User", "exportMissingReferences": false, "flowBehavior": "FlowWhenChanged", "flowType": "Always",
     "matchingPriority": 0, "targetAttributeName": "ProfileName",
     "source": {"expression": "SingleAppRoleAssignment([appRoleAssignments])", "name": "SingleAppRoleAssignment", "type": "Function",
                "parameters": [{"key": "source", "value": {"expression": "[appRoleAssignments]", "name": "appRoleAssignments", "parameters": [], "type": "Attribute"}}]}},
    {"defaultValue": null, "exportMissingReferences": false, "flowBehavior": "FlowWhenChanged", "flowType": "Always",
     "matchingPriority": 1, "targetAttributeName": "Username",
     "source": {"expression": "[userPrincipalName]", "name": "userPrincipalName", "parameters": [], "type": "Attribute"}}
  ]
}`;

// graph-facts.md §2.4, schema skeleton. Verbatim except `"objectMappings": ["…"]`, the doc's
// placeholder for elided content, which is replaced by the objectMapping excerpt above.
const SCHEMA_SKELETON = `{
  "directories": [
    {"id": "66e4a8cc-1b7b-435e-95f8-f06cea133828", "name": "Azure Active Directory",
     "objects": [{"name": "User", "attributes": [
        {"anchor": true, "caseExact": false, "defaultValue": null, "metadata": [], "multivalued": false,
         "mutability": "ReadWrite", "name": "objectId", "required": false, "referencedObjects": [], "type": "String"}]}]},
    {"id": "8ffa6169-f354-4751-9b77-9c00765be92d", "name": "salesforce.com", "objects": []}
  ],
  "synchronizationRules": [
    {"editable": true, "id": "4c5ecfa1-a072-4460-b1c3-4adde3479854", "name": "USER_OUTBOUND_USER", "objectMappings": [${OBJECT_MAPPING}]}
  ]
}`;

// graph-facts.md §2.4, scope filter example (verbatim).
const SCOPE = `{"groups": [{"clauses": [{"operatorName": "EQUALS", "sourceOperandName": "dirSyncEnabled",
                          "targetOperand": {"values": ["True"]}}],
             "name": "AD On Premise users"}],
 "inputFilterGroups": [], "categoryFilterGroups": []}`;

// graph-facts.md §2.8, parseExpression response's parsedExpression (verbatim).
const PARSED_EXPRESSION = `{"expression": "Replace([preferredLanguage], \\"-\\", , , \\"_\\", , )", "name": "Replace", "type": "Function",
   "parameters": [
     {"key": "source", "value": {"expression": "[preferredLanguage]", "name": "preferredLanguage", "parameters": [], "type": "Attribute"}},
     {"key": "Find", "value": {"expression": "\\"-\\"", "name": "-", "parameters": [], "type": "Constant"}},
     {"key": "Replacement", "value": {"expression": "\\"_\\"", "name": "_", "parameters": [], "type": "Constant"}}]}`;

describe('synchronizationJobSchema', () => {
  it('accepts the quarantined job from the Graph docs, with "" quarantine timestamps', () => {
    const job = synchronizationJobSchema.parse(JSON.parse(QUARANTINED_JOB));
    expect(job.schedule.interval).toBe(TIMESPAN_MAX_VALUE);
    expect(job.status.quarantine?.currentBegan).toBeNull();
    expect(job.status.quarantine?.error?.code).toBe('SalesforceInvalidCredentials');
    expect(job.synchronizationJobSettings).toEqual([{ name: 'QuarantineTooManyDeletesThreshold', value: '500' }]);
  });

  it('accepts the active PT40M job from the Graph docs, with its lastExecution', () => {
    const job = synchronizationJobSchema.parse(JSON.parse(ACTIVE_JOB));
    expect(job.status.code).toBe('NotRun');
    expect(job.status.lastExecution?.state).toBe('Failed');
    expect(job.status.lastExecution?.timeBegan).toBe('0001-01-01T00:00:00Z');
  });

  it('keeps status fields it does not model', () => {
    const input = JSON.parse(ACTIVE_JOB) as { status: Record<string, unknown> };
    input.status.futureField = { nested: true };
    const job = synchronizationJobSchema.parse(input);
    expect(job.status.futureField).toEqual({ nested: true });
  });

  it('reads an unknown status code as unknownFutureValue and keeps the raw value', () => {
    const input = JSON.parse(ACTIVE_JOB) as { status: Record<string, unknown> };
    input.status.code = 'Running';
    const job = synchronizationJobSchema.parse(input);
    expect(job.status.code).toBe('unknownFutureValue');
    expect(job.status['@pwb.raw']).toEqual({ code: 'Running' });
  });
});

describe('objectMappingSchema and attributeMappingSourceSchema', () => {
  it('accepts the salesforce object mapping from the Graph docs, including a source-less (None) mapping', () => {
    const mapping = objectMappingSchema.parse(JSON.parse(OBJECT_MAPPING));
    expect(mapping.attributeMappings).toHaveLength(4);
    expect(mapping.attributeMappings[1]?.source).toBeNull();
    expect(mapping.attributeMappings[3]?.matchingPriority).toBe(1);
  });

  it('accepts the recursive parseExpression tree and keeps its parameter keys and order', () => {
    const source = attributeMappingSourceSchema.parse(JSON.parse(PARSED_EXPRESSION));
    expect(source.parameters.map((parameter) => parameter.key)).toEqual(['source', 'Find', 'Replacement']);
    expect(source.parameters[1]?.value).toEqual({ expression: '"-"', name: '-', parameters: [], type: 'Constant' });
  });

  it('reports a bad node deep inside an expression tree by its path', () => {
    const tree = JSON.parse(PARSED_EXPRESSION) as { parameters: { value: Record<string, unknown> }[] };
    const deep = tree.parameters[2];
    if (deep) deep.value.type = 'Variable';
    const result = attributeMappingSourceSchema.safeParse(tree);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['parameters', 2, 'value', 'type']]);
  });

  it('fills Graph defaults a hand-written mapping may omit', () => {
    const mapping = objectMappingSchema.parse({
      name: 'm',
      enabled: true,
      sourceObjectName: 'User',
      targetObjectName: 'User',
      attributeMappings: [{ targetAttributeName: 'userName', source: { type: 'Attribute', name: 'mail', expression: '[mail]' } }],
    });
    expect(mapping.attributeMappings[0]).toMatchObject({ matchingPriority: 0, flowType: 'Always', source: { parameters: [] } });
  });
});

describe('filterSchema', () => {
  it('accepts the scoping filter example from the Graph docs', () => {
    const filter = filterSchema.parse(JSON.parse(SCOPE));
    expect(filter.groups[0]?.clauses[0]).toEqual({ operatorName: 'EQUALS', sourceOperandName: 'dirSyncEnabled', targetOperand: { values: ['True'] } });
  });
});

describe('synchronizationSchemaSchema', () => {
  it('accepts the schema skeleton from the Graph docs, including a directory without objects', () => {
    const schema = synchronizationSchemaSchema.parse(JSON.parse(SCHEMA_SKELETON));
    expect(schema.directories.map((directory) => directory.name)).toEqual(['Azure Active Directory', 'salesforce.com']);
    expect(schema.directories[0]?.objects[0]?.attributes[0]).toMatchObject({ name: 'objectId', anchor: true, type: 'String' });
    expect(schema.synchronizationRules[0]?.objectMappings[0]?.name).toBe('Synchronize Azure Active Directory Users to salesforce.com');
  });

  it('round-trips unknown properties on directories, rules and attributes', () => {
    const input = JSON.parse(SCHEMA_SKELETON) as { directories: Record<string, unknown>[] };
    const directory = input.directories[0];
    if (directory) directory.futureDirectoryField = 'kept';
    const schema = synchronizationSchemaSchema.parse(input);
    expect(JSON.parse(JSON.stringify(schema)).directories[0].futureDirectoryField).toBe('kept');
  });
});

describe('synchronizationTemplateSchema', () => {
  it('accepts the minimal template shapes from the Graph docs', () => {
    expect(synchronizationTemplateSchema.parse({ id: 'Slack', factoryTag: 'CustomSCIM' }).metadata).toEqual([]);
    expect(synchronizationTemplateSchema.parse({ id: 'aws', factoryTag: 'aws' }).id).toBe('aws');
  });
});
