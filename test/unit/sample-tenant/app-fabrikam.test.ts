import { describe, expect, it } from 'vitest';
import { ODATA_TYPE_GROUP } from '../../../shared/graph/group';
import { job, app, objectMapping, sample } from './sample-fixture';

const NAME = 'Fabrikam Expenses (SCIM)';

describe('Fabrikam Expenses (SCIM), the misconfigured generic app', () => {
  const mappings = () => objectMapping(NAME, 'User').attributeMappings;

  it('is a customappsso app', () => {
    expect(job(NAME).templateId).toBe('customappsso');
  });

  it('has no matching attribute at all', () => {
    expect(mappings().every((mapping) => mapping.matchingPriority === 0)).toBe(true);
  });

  it('maps active straight from accountEnabled instead of IsSoftDeleted', () => {
    expect(mappings().find((mapping) => mapping.targetAttributeName === 'active')?.source?.expression).toBe('[accountEnabled]');
  });

  it('leaves a required target attribute unmapped', () => {
    const user = job(NAME).schema.directories[1]?.objects.find((object) => object.name === 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User');
    const required = user?.attributes.filter((attribute) => attribute.required).map((attribute) => attribute.name) ?? [];
    const mapped = new Set(mappings().map((mapping) => mapping.targetAttributeName));
    expect(required.filter((name) => !mapped.has(name))).toEqual(['urn:ietf:params:scim:schemas:extension:fabrikam:2.0:User:costCenter']);
  });

  it('reads a misspelled source attribute that the Entra directory does not define', () => {
    const source = job(NAME).schema.directories[0]?.objects.find((object) => object.name === 'User');
    const known = new Set(source?.attributes.map((attribute) => attribute.name));
    const unknown = mappings()
      .map((mapping) => mapping.source)
      .filter((node) => node?.type === 'Attribute' && !known.has(node.name ?? ''))
      .map((node) => node?.expression);
    expect(unknown).toEqual(['[departmnet]']);
  });

  it('maps two sources to the same target', () => {
    const targets = mappings().map((mapping) => mapping.targetAttributeName);
    expect(targets.filter((target, index) => targets.indexOf(target) !== index)).toEqual(['emails[type eq "work"].value']);
  });

  it('is assigned a group that contains a nested group', () => {
    const groups = new Map(sample().groups.map((group) => [group.id, group]));
    const assignedGroups = app(NAME)
      .appRoleAssignedTo.filter((assignment) => assignment.principalType === 'Group')
      .map((assignment) => groups.get(assignment.principalId));
    expect(assignedGroups.some((group) => group?.members.some((member) => member['@odata.type'] === ODATA_TYPE_GROUP))).toBe(true);
  });

  it('scopes users with department EQUALS filters', () => {
    expect(objectMapping(NAME, 'User').scope?.groups.map((group) => group.clauses[0]?.targetOperand.values[0])).toEqual(['Sales', 'Operations']);
  });
});
