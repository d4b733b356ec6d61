import { describe, expect, it } from 'vitest';
import { app, job, mappingLines, objectMapping } from './sample-fixture';

describe('Howspace sample app', () => {
  it('maps users exactly as the Howspace guide lists them, matching on userName', () => {
    expect(mappingLines(objectMapping('Howspace', 'User').attributeMappings)).toEqual([
      'userName ← [userPrincipalName] (match 1)',
      'active ← Switch([IsSoftDeleted], , "False", "True", "True", "False")',
      'name.givenName ← [givenName]',
      'name.familyName ← [surname]',
      'phoneNumbers[type eq "mobile"].value ← [mobile]',
      'externalId ← [mailNickname]',
    ]);
  });

  it('stores the active Switch as Graph parses it: source, then key/value constants, the empty default omitted', () => {
    const active = objectMapping('Howspace', 'User').attributeMappings[1]?.source;
    expect(active?.type).toBe('Function');
    expect(active?.parameters.map((parameter) => `${parameter.key}=${parameter.value.expression}`)).toEqual([
      'source=[IsSoftDeleted]',
      'switchValue="False"',
      'switchValue="True"',
      'switchValue="True"',
      'switchValue="False"',
    ]);
    expect(active?.parameters[0]?.value).toEqual({ expression: '[IsSoftDeleted]', name: 'IsSoftDeleted', parameters: [], type: 'Attribute' });
  });

  it('maps groups with displayName (matching), externalId and members', () => {
    expect(mappingLines(objectMapping('Howspace', 'Group').attributeMappings)).toEqual([
      'displayName ← [displayName] (match 1)',
      'externalId ← [objectId]',
      'members ← [members]',
    ]);
  });

  it('defines the Howspace target attributes with userName and displayName required', () => {
    const target = job('Howspace').schema.directories.find((directory) => directory.name === 'Howspace');
    const user = target?.objects.find((object) => object.name === 'User');
    expect(user?.attributes.map((attribute) => attribute.name)).toEqual([
      'userName',
      'active',
      'name.givenName',
      'name.familyName',
      'phoneNumbers[type eq "mobile"].value',
      'externalId',
    ]);
    expect(user?.attributes.find((attribute) => attribute.name === 'userName')?.required).toBe(true);
    const group = target?.objects.find((object) => object.name === 'Group');
    expect(group?.attributes.find((attribute) => attribute.name === 'members')).toMatchObject({ type: 'Reference', multivalued: true });
  });

  it('runs an active gallery job every 40 minutes with a scoping filter using EQUALS and IS TRUE', () => {
    expect(job('Howspace')).toMatchObject({ templateId: 'howspace', schedule: { interval: 'PT40M', state: 'Active' }, status: { code: 'Active' } });
    const clauses = objectMapping('Howspace', 'User').scope?.groups.flatMap((group) => group.clauses) ?? [];
    expect(clauses.map((clause) => `${clause.sourceOperandName} ${clause.operatorName} ${clause.targetOperand.values.join(',')}`.trim())).toEqual([
      'companyName EQUALS Contoso Ltd',
      'accountEnabled IS TRUE',
      'companyName EQUALS Fabrikam',
    ]);
    expect(app('Howspace').applicationTemplateId).not.toBe('8adf8e6e-67b2-4cf2-a259-e3dc5476c621');
  });
});
