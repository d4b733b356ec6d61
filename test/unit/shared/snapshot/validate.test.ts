import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_VERSION } from '../../../../shared/snapshot/schema';
import { parseSnapshot, serializeSnapshot, toJsonPath } from '../../../../shared/snapshot/validate';
import { validSnapshotData } from './fixtures';

function problemsOf(data: unknown, text = JSON.stringify(data)) {
  const result = parseSnapshot(text);
  if (result.ok) throw new Error('expected the snapshot to be rejected');
  return result.problems;
}

describe('parseSnapshot on valid input', () => {
  it('accepts a complete snapshot and keeps unknown Graph fields', () => {
    const result = parseSnapshot(JSON.stringify(validSnapshotData()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.users[1]?.extension_8f3c2a1b9d4e4f7a8b6c5d4e3f2a1b0c_costCenter).toBe('CC-2100');
    expect(result.snapshot.groups[1]?.members).toEqual([]);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseSnapshot(`\uFEFF${JSON.stringify(validSnapshotData())}`).ok).toBe(true);
  });
});

describe('parseSnapshot schema problems', () => {
  it('reports every problem, each with its JSON path (three errors give three problems)', () => {
    const data = validSnapshotData();
    delete data.users[1]?.userPrincipalName;
    const member = data.groups[0]?.members[0];
    if (member) member['@odata.type'] = 'user';
    const log = data.provisioningLogs[0];
    if (log) log.provisioningAction = 'Create';

    const problems = problemsOf(data);
    expect(problems.map((problem) => problem.path)).toEqual([
      '$.users[1].userPrincipalName',
      '$.groups[0].members[0]["@odata.type"]',
      '$.provisioningLogs[0].provisioningAction',
    ]);
    expect(problems[0]?.message).toBe('Required property is missing (expected a string).');
    expect(problems[1]?.message).toContain('starting with "#microsoft.graph."');
    expect(problems[2]?.message).toContain('got the string "Create"');
  });

  it('describes a wrong type with the value it found', () => {
    const data = validSnapshotData();
    const user = data.users[0];
    if (user) user.accountEnabled = 'yes';
    expect(problemsOf(data)).toEqual([{ path: '$.users[0].accountEnabled', message: 'Expected a boolean, got the string "yes".' }]);
  });

  it('reports problems deep inside a job schema', () => {
    const data = validSnapshotData();
    const rule = data.servicePrincipals[0]?.synchronization.jobs[0]?.schema.synchronizationRules[0] as {
      objectMappings: { attributeMappings: { source: { type: string } }[] }[];
    };
    const mapping = rule.objectMappings[0]?.attributeMappings[0];
    if (mapping) mapping.source.type = 'Expression';
    expect(problemsOf(data).map((problem) => problem.path)).toEqual([
      '$.servicePrincipals[0].synchronization.jobs[0].schema.synchronizationRules[0].objectMappings[0].attributeMappings[0].source.type',
    ]);
  });
});

describe('parseSnapshot on files that are not snapshots', () => {
  it('reports a JSON syntax error at $ with its line and column', () => {
    const text = '{\n  "format": "provisioning-workbench.snapshot",\n  "version": 1,,\n}';
    const problems = problemsOf(null, text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('$');
    expect(problems[0]?.message).toContain('line 3, column 16');
    expect(problems[0]?.message).toMatch(/^The file is not valid JSON/);
  });

  it('reports an unterminated document at its end', () => {
    const problems = problemsOf(null, '{"format": "provisioning-workbench.snapshot",\n"users": [');
    expect(problems[0]?.message).toContain('line 2, column 11');
  });

  it('reports an empty file', () => {
    expect(problemsOf(null, '   ')[0]?.message).toContain('empty');
  });

  it('explains that a JSON array is not a snapshot', () => {
    const problems = problemsOf([1, 2]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('$');
    expect(problems[0]?.message).toContain('This file contains an array of 2');
    expect(problems[0]?.message).toContain('"format": "provisioning-workbench.snapshot"');
  });

  it('recognises a provisioning-log download and says how to import it', () => {
    const problems = problemsOf([{ id: 'x', activityDateTime: '2025-01-01T00:00:00Z' }]);
    expect(problems[0]?.message).toContain('import it as provisioning logs');
  });

  it('reports a wrong format in one problem at $.format', () => {
    const problems = problemsOf({ ...validSnapshotData(), format: 'entra-exporter' });
    expect(problems).toEqual([
      {
        path: '$.format',
        message:
          'This file\'s format is the string "entra-exporter"; expected a Provisioning Workbench snapshot (a JSON object with "format": "provisioning-workbench.snapshot").',
      },
    ]);
  });

  it('reports a missing format and recognises a raw Graph response', () => {
    const problems = problemsOf({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users', value: [] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('no "format" property');
    expect(problems[0]?.message).toContain('raw Microsoft Graph response');
  });

  it('asks for an update when the snapshot is from a newer version', () => {
    const problems = problemsOf({ ...validSnapshotData(), version: SNAPSHOT_VERSION + 1, users: 'whatever' });
    expect(problems).toEqual([
      {
        path: '$.version',
        message: 'This file is a snapshot of version 2; this app reads version 1 — update Provisioning Workbench to open it.',
      },
    ]);
  });

  it('rejects a version that is not a whole number', () => {
    expect(problemsOf({ ...validSnapshotData(), version: '1' })[0]?.path).toBe('$.version');
  });

  it('gives every text JSON.parse rejects a line and column', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        fc.pre(!valid);
        const result = parseSnapshot(text);
        return !result.ok && result.problems.length === 1 && /line \d+, column \d+/.test(result.problems[0]?.message ?? '');
      }),
    );
  });
});

describe('parseSnapshot references', () => {
  it('reports duplicate ids, unknown principals, members, managers and directories, each at its path', () => {
    const data = validSnapshotData();
    data.users.push({ id: 'u-asa', userPrincipalName: 'copy@contoso.com' });
    const boss = data.users[0];
    if (boss) boss.manager = { id: 'u-gone' };
    data.groups[0]?.members.push({ '@odata.type': '#microsoft.graph.user', id: 'u-missing', displayName: 'Nobody' });
    data.servicePrincipals[0]?.appRoleAssignedTo.push({
      id: 'a-3',
      appRoleId: 'role-user',
      principalId: 'g-unknown',
      principalType: 'Group',
      resourceId: 'sp-1',
    });
    const rule = data.servicePrincipals[0]?.synchronization.jobs[0]?.schema.synchronizationRules[0];
    if (rule) rule.targetDirectoryName = 'howspace';

    const problems = problemsOf(data);
    expect(problems.map((problem) => problem.path)).toEqual([
      '$.users[2].id',
      '$.users[0].manager.id',
      '$.groups[0].members[2].id',
      '$.servicePrincipals[0].appRoleAssignedTo[2].principalId',
      '$.servicePrincipals[0].synchronization.jobs[0].schema.synchronizationRules[0].targetDirectoryName',
    ]);
    expect(problems[0]?.message).toBe('Duplicate id "u-asa": $.users[1] has the same id.');
    expect(problems[2]?.message).toContain('Nobody');
    expect(problems[4]?.message).toContain('"Azure Active Directory", "Howspace"');
  });

  it('reports an assignment to a role the app does not define, and one filed under another app', () => {
    const data = validSnapshotData();
    const assignment = data.servicePrincipals[0]?.appRoleAssignedTo[0];
    if (assignment) {
      assignment.appRoleId = 'role-admin';
      assignment.resourceId = 'sp-other';
    }
    expect(problemsOf(data).map((problem) => problem.path)).toEqual([
      '$.servicePrincipals[0].appRoleAssignedTo[0].resourceId',
      '$.servicePrincipals[0].appRoleAssignedTo[0].appRoleId',
    ]);
  });

  it('reports an object mapping whose object the target directory does not define', () => {
    const data = validSnapshotData();
    const rule = data.servicePrincipals[0]?.synchronization.jobs[0]?.schema.synchronizationRules[0] as { objectMappings: Record<string, unknown>[] };
    const mapping = rule.objectMappings[0];
    if (mapping) mapping.targetObjectName = 'Person';
    expect(problemsOf(data)).toEqual([
      {
        path: '$.servicePrincipals[0].synchronization.jobs[0].schema.synchronizationRules[0].objectMappings[0].targetObjectName',
        message: 'Object "Person" is not defined in directory "Howspace".',
      },
    ]);
  });

  it('runs reference checks only once the schema passes', () => {
    const data = validSnapshotData();
    data.users.push({ id: 'u-asa' });
    expect(problemsOf(data).map((problem) => problem.path)).toEqual(['$.users[2].userPrincipalName']);
  });
});

describe('serializeSnapshot', () => {
  it('writes 2-space JSON with the envelope first and every other object sorted by key', () => {
    const result = parseSnapshot(JSON.stringify(validSnapshotData()));
    if (!result.ok) throw new Error('fixture must be valid');
    const text = serializeSnapshot(result.snapshot);
    expect(text.startsWith('{\n  "format": "provisioning-workbench.snapshot",\n  "version": 1,\n  "exportedAt"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"tenant": {\n    "displayName": "Contoso",\n    "id": "t1",');
  });

  it('sorts nested objects even under an empty-string key', () => {
    const data = validSnapshotData();
    const user = data.users[0];
    if (user) user[''] = { zeta: 1, alpha: 2 };
    const result = parseSnapshot(JSON.stringify(data));
    if (!result.ok) throw new Error('fixture must be valid');
    expect(serializeSnapshot(result.snapshot)).toContain('"": {\n        "alpha": 2,\n        "zeta": 1\n      }');
  });

  it('is stable: a parsed copy serializes to the same bytes, whatever the key order of the input', () => {
    const data = validSnapshotData();
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    const first = parseSnapshot(JSON.stringify(data));
    const second = parseSnapshot(JSON.stringify(reversed));
    if (!first.ok || !second.ok) throw new Error('fixture must be valid');
    const text = serializeSnapshot(first.snapshot);
    expect(serializeSnapshot(second.snapshot)).toBe(text);
    const again = parseSnapshot(text);
    expect(again.ok && serializeSnapshot(again.snapshot)).toBe(text);
  });
});

describe('toJsonPath', () => {
  it('uses dots for identifiers, brackets for indexes and quotes for other keys', () => {
    expect(toJsonPath(['users', 3, 'userPrincipalName'])).toBe('$.users[3].userPrincipalName');
    expect(toJsonPath(['members', 0, '@odata.type'])).toBe('$.members[0]["@odata.type"]');
    expect(toJsonPath([])).toBe('$');
  });
});
