import { describe, expect, it } from 'vitest';
import { app, job, mappingLines, objectMapping } from './sample-fixture';

const NAME = 'OfficeRnD Workplace';

describe('OfficeRnD Workplace sample app', () => {
  it('keeps only the four user mappings of the guide, matching on externalId from objectId', () => {
    expect(mappingLines(objectMapping(NAME, 'User').attributeMappings)).toEqual([
      'userName ← [userPrincipalName]',
      'active ← Not([IsSoftDeleted])',
      'displayName ← [displayName]',
      'externalId ← [objectId] (match 1)',
    ]);
    expect(objectMapping(NAME, 'User').attributeMappings.every((mapping) => mapping.flowType === 'Always')).toBe(true);
  });

  it('maps groups with displayName, externalId (matching), members and the custom description', () => {
    expect(mappingLines(objectMapping(NAME, 'Group').attributeMappings)).toEqual([
      'displayName ← [displayName]',
      'externalId ← [objectId] (match 1)',
      'members ← [members]',
      'description ← [description]',
    ]);
  });

  it('lets group members reference users only and adds a description String attribute to the target group', () => {
    const target = job(NAME).schema.directories.find((directory) => directory.name === 'customappsso');
    const group = target?.objects.find((object) => object.name === 'urn:ietf:params:scim:schemas:core:2.0:Group');
    expect(group?.attributes.find((attribute) => attribute.name === 'members')?.referencedObjects).toEqual([
      { referencedObjectName: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', referencedProperty: null },
    ]);
    expect(group?.attributes.find((attribute) => attribute.name === 'description')).toMatchObject({ type: 'String', multivalued: false });
  });

  it('is a non-gallery customappsso app whose template still holds the default mappings the guide deletes', () => {
    expect(job(NAME).templateId).toBe('customappsso');
    expect(app(NAME).applicationTemplateId).toBe('8adf8e6e-67b2-4cf2-a259-e3dc5476c621');
    const template = app(NAME).synchronization.templates[0];
    const defaults = template?.schema?.synchronizationRules[0]?.objectMappings[0]?.attributeMappings ?? [];
    expect(defaults.length).toBeGreaterThan(15);
    expect(mappingLines(defaults)).toContain('userName ← [userPrincipalName] (match 1)');
  });
});
