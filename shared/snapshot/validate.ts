import type { z } from 'zod';
import { DEFAULT_ACCESS_ROLE_ID } from '../graph/service-principal';
import { ODATA_TYPE_GROUP, ODATA_TYPE_USER } from '../graph/group';
import type { Snapshot } from './schema';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotSchema } from './schema';

export interface SnapshotProblem {
  /** JSON path into the file, e.g. `$.users[3].userPrincipalName`; `$` for the whole file. */
  path: string;
  message: string;
}

export type ParseSnapshotResult = { ok: true; snapshot: Snapshot } | { ok: false; problems: SnapshotProblem[] };

/**
 * Reads a snapshot file: JSON syntax, then the envelope (format, version), then the full schema
 * (every problem, each with its path), then references between objects (ids that must exist).
 */
export function parseSnapshot(text: string): ParseSnapshotResult {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return fail([{ path: '$', message: describeJsonSyntaxError(text, error) }]);
  }

  const envelopeProblem = checkEnvelope(data);
  if (envelopeProblem) return fail([envelopeProblem]);

  const parsed = snapshotSchema.safeParse(data, { error: messageForIssue });
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => ({ path: toJsonPath(issue.path), message: issue.message })));
  }

  const referenceProblems = checkReferences(parsed.data);
  if (referenceProblems.length > 0) return fail(referenceProblems);
  return { ok: true, snapshot: parsed.data };
}

/** Stable text form: the envelope in its documented order, every nested object's keys sorted, 2-space indent. */
export function serializeSnapshot(snapshot: Snapshot): string {
  const envelope: Record<string, unknown> = {
    format: snapshot.format,
    version: snapshot.version,
    exportedAt: snapshot.exportedAt,
    source: snapshot.source,
    tenant: snapshot.tenant,
    users: snapshot.users,
    groups: snapshot.groups,
    servicePrincipals: snapshot.servicePrincipals,
    provisioningLogs: snapshot.provisioningLogs,
  };
  const sortKeys = (_key: string, value: unknown): unknown => {
    // The envelope keeps its documented order; every other object is sorted by key.
    if (value === envelope || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(value).sort()) sorted[name] = (value as Record<string, unknown>)[name];
    return sorted;
  };
  return `${JSON.stringify(envelope, sortKeys, 2)}\n`;
}

/** Formats a path of keys and indexes as `$.a[0].b`, quoting keys that are not identifiers (`$["@odata.type"]`). */
export function toJsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}

function fail(problems: SnapshotProblem[]): ParseSnapshotResult {
  return { ok: false, problems };
}

// ---------------------------------------------------------------- envelope

const EXPECTED = `a Provisioning Workbench snapshot (a JSON object with "format": "${SNAPSHOT_FORMAT}")`;

function checkEnvelope(data: unknown): SnapshotProblem | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const looksLikeLogs = Array.isArray(data) && data.length > 0 && isRecord(data[0]) && 'activityDateTime' in data[0];
    const hint = looksLikeLogs ? ' It looks like a provisioning-log download: import it as provisioning logs instead.' : '';
    return { path: '$', message: `This file contains ${describeValue(data)}; expected ${EXPECTED}.${hint}` };
  }
  const record = data as Record<string, unknown>;
  if (record.format !== SNAPSHOT_FORMAT) {
    if (record.format === undefined) {
      const hint =
        '@odata.context' in record ? ' It looks like a raw Microsoft Graph response, not a snapshot exported by the app.' : '';
      return { path: '$', message: `This file has no "format" property, so it is not a snapshot; expected ${EXPECTED}.${hint}` };
    }
    return {
      path: '$.format',
      message: `This file's format is ${describeValue(record.format)}; expected ${EXPECTED}.`,
    };
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      path: '$.version',
      message: `This snapshot's version is ${describeValue(version)}; expected a whole number (this app reads version ${SNAPSHOT_VERSION}).`,
    };
  }
  if (version > SNAPSHOT_VERSION) {
    return {
      path: '$.version',
      message: `This file is a snapshot of version ${version}; this app reads version ${SNAPSHOT_VERSION} — update Provisioning Workbench to open it.`,
    };
  }
  return null;
}

// ---------------------------------------------------------------- schema messages

type Issue = z.core.$ZodRawIssue;

function messageForIssue(issue: Issue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `Required property is missing (expected ${article(issue.expected)}).`;
      return `Expected ${article(issue.expected)}, got ${describeValue(input)}.`;
    case 'invalid_value':
      return `Expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(input)}.`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'Must not be empty.';
      return undefined;
    case 'invalid_format':
      if (issue.format === 'starts_with' && 'prefix' in issue) return `Expected a value starting with "${String(issue.prefix)}", got ${describeValue(input)}.`;
      return undefined;
    default:
      return undefined;
  }
}

function article(type: string): string {
  if (type === 'array' || type === 'object' || type === 'integer') return `an ${type}`;
  return `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
      return `the string ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// ---------------------------------------------------------------- references

interface Seen {
  kind: 'user' | 'group';
  path: string;
}

function checkReferences(snapshot: Snapshot): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const duplicate = (path: string, id: string, firstPath: string) =>
    problems.push({ path, message: `Duplicate id "${id}": ${firstPath} has the same id.` });

  // Users and groups share the directory's object-id space.
  const directory = new Map<string, Seen>();
  snapshot.users.forEach((user, i) => {
    const path = `$.users[${i}]`;
    const seen = directory.get(user.id);
    if (seen) duplicate(`${path}.id`, user.id, seen.path);
    else directory.set(user.id, { kind: 'user', path });
  });
  snapshot.groups.forEach((group, i) => {
    const path = `$.groups[${i}]`;
    const seen = directory.get(group.id);
    if (seen) duplicate(`${path}.id`, group.id, seen.path);
    else directory.set(group.id, { kind: 'group', path });
  });

  snapshot.users.forEach((user, i) => {
    const managerId = user.manager?.id;
    if (managerId !== undefined && directory.get(managerId)?.kind !== 'user') {
      problems.push({ path: `$.users[${i}].manager.id`, message: `Manager "${managerId}" is not among the snapshot's users.` });
    }
  });

  snapshot.groups.forEach((group, i) => {
    group.members.forEach((member, j) => {
      const kind = member['@odata.type'] === ODATA_TYPE_USER ? 'user' : member['@odata.type'] === ODATA_TYPE_GROUP ? 'group' : null;
      if (kind === null) return; // devices, contacts and service principals are not part of a snapshot
      if (directory.get(member.id)?.kind !== kind) {
        problems.push({
          path: `$.groups[${i}].members[${j}].id`,
          message: `Member ${kind} "${member.id}"${nameSuffix(member.displayName)} is not among the snapshot's ${kind}s.`,
        });
      }
    });
  });

  const servicePrincipalPaths = new Map<string, string>();
  snapshot.servicePrincipals.forEach((sp, i) => {
    const path = `$.servicePrincipals[${i}]`;
    const seen = servicePrincipalPaths.get(sp.id);
    if (seen) duplicate(`${path}.id`, sp.id, seen);
    else servicePrincipalPaths.set(sp.id, path);
  });

  snapshot.servicePrincipals.forEach((sp, i) => {
    const spPath = `$.servicePrincipals[${i}]`;
    const roleIds = new Set(sp.appRoles.map((role) => role.id));
    const assignmentPaths = new Map<string, string>();
    sp.appRoleAssignedTo.forEach((assignment, j) => {
      const path = `${spPath}.appRoleAssignedTo[${j}]`;
      const seen = assignmentPaths.get(assignment.id);
      if (seen) duplicate(`${path}.id`, assignment.id, seen);
      else assignmentPaths.set(assignment.id, path);

      const found =
        assignment.principalType === 'ServicePrincipal'
          ? servicePrincipalPaths.has(assignment.principalId)
          : directory.get(assignment.principalId)?.kind === (assignment.principalType === 'User' ? 'user' : 'group');
      if (!found) {
        const collection = assignment.principalType === 'User' ? 'users' : assignment.principalType === 'Group' ? 'groups' : 'service principals';
        problems.push({
          path: `${path}.principalId`,
          message: `Assigned ${assignment.principalType.toLowerCase()} "${assignment.principalId}"${nameSuffix(assignment.principalDisplayName)} is not among the snapshot's ${collection}.`,
        });
      }
      if (assignment.resourceId !== sp.id) {
        problems.push({
          path: `${path}.resourceId`,
          message: `The assignment is for service principal "${assignment.resourceId}" but is listed under "${sp.id}".`,
        });
      }
      if (assignment.appRoleId !== DEFAULT_ACCESS_ROLE_ID && !roleIds.has(assignment.appRoleId)) {
        problems.push({
          path: `${path}.appRoleId`,
          message: `App role "${assignment.appRoleId}" is not one of the app's roles (nor Default Access, ${DEFAULT_ACCESS_ROLE_ID}).`,
        });
      }
    });

    const jobPaths = new Map<string, string>();
    sp.synchronization.jobs.forEach((job, j) => {
      const jobPath = `${spPath}.synchronization.jobs[${j}]`;
      const seen = jobPaths.get(job.id);
      if (seen) duplicate(`${jobPath}.id`, job.id, seen);
      else jobPaths.set(job.id, jobPath);
      problems.push(...checkSchemaReferences(job.schema, `${jobPath}.schema`));
    });
  });

  const logPaths = new Map<string, string>();
  snapshot.provisioningLogs.forEach((log, i) => {
    const path = `$.provisioningLogs[${i}]`;
    const seen = logPaths.get(log.id);
    if (seen) duplicate(`${path}.id`, log.id, seen);
    else logPaths.set(log.id, path);
  });

  return problems;
}

function checkSchemaReferences(schema: Snapshot['servicePrincipals'][number]['synchronization']['jobs'][number]['schema'], schemaPath: string): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const directories = new Map(schema.directories.map((directory) => [directory.name, directory]));
  const known = [...directories.keys()].map((name) => `"${name}"`).join(', ') || 'none';

  schema.synchronizationRules.forEach((rule, r) => {
    const rulePath = `${schemaPath}.synchronizationRules[${r}]`;
    const ends = [
      ['sourceDirectoryName', rule.sourceDirectoryName, 'sourceObjectName'],
      ['targetDirectoryName', rule.targetDirectoryName, 'targetObjectName'],
    ] as const;
    for (const [property, directoryName, objectProperty] of ends) {
      if (directoryName === undefined) continue;
      const directory = directories.get(directoryName);
      if (!directory) {
        problems.push({
          path: `${rulePath}.${property}`,
          message: `Rule "${rule.name}" refers to directory "${directoryName}", which the schema does not define (directories: ${known}).`,
        });
        continue;
      }
      if (directory.objects.length === 0) continue;
      const objectNames = new Set(directory.objects.map((object) => object.name));
      rule.objectMappings.forEach((mapping, m) => {
        const objectName = mapping[objectProperty];
        if (!objectNames.has(objectName)) {
          problems.push({
            path: `${rulePath}.objectMappings[${m}].${objectProperty}`,
            message: `Object "${objectName}" is not defined in directory "${directoryName}".`,
          });
        }
      });
    }
  });
  return problems;
}

function nameSuffix(displayName: string | null | undefined): string {
  return displayName ? ` (${displayName})` : '';
}

// ---------------------------------------------------------------- JSON syntax errors

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** JSON.parse's messages differ between engines and some omit the position, so the error is located here. */
function describeJsonSyntaxError(text: string, parseError: unknown): string {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const offset = text.length - source.length;
  try {
    new JsonScanner(source).scanDocument();
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const { line, column } = lineAndColumn(text, error.position + offset);
      return `The file is not valid JSON: ${error.message} at line ${line}, column ${column}.`;
    }
  }
  const detail = parseError instanceof Error ? parseError.message : String(parseError);
  return `The file is not valid JSON: ${detail}.`;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** A minimal JSON (RFC 8259) scanner that only reports where the first syntax error is. */
class JsonScanner {
  private i = 0;

  constructor(private readonly text: string) {}

  scanDocument(): void {
    this.skipWhitespace();
    if (this.i >= this.text.length) throw new JsonSyntaxError('the file is empty', this.i);
    this.scanValue(0);
    this.skipWhitespace();
    if (this.i < this.text.length) throw new JsonSyntaxError(`unexpected ${this.describeHere()} after the end of the data`, this.i);
  }

  private scanValue(depth: number): void {
    if (depth > 2000) throw new JsonSyntaxError('nesting is too deep', this.i);
    const ch = this.text[this.i];
    if (ch === '{') return this.scanObject(depth);
    if (ch === '[') return this.scanArray(depth);
    if (ch === '"') return this.scanString();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.scanNumber();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.i)) {
        this.i += literal.length;
        return;
      }
    }
    throw new JsonSyntaxError(`unexpected ${this.describeHere()} where a value was expected`, this.i);
  }

  private scanObject(depth: number): void {
    this.i++;
    this.skipWhitespace();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      if (this.text[this.i] !== '"') throw new JsonSyntaxError(`expected a property name in double quotes but found ${this.describeHere()}`, this.i);
      this.scanString();
      this.skipWhitespace();
      if (this.text[this.i] !== ':') throw new JsonSyntaxError(`expected ':' after the property name but found ${this.describeHere()}`, this.i);
      this.i++;
      this.skipWhitespace();
      this.scanValue(depth + 1);
      this.skipWhitespace();
      const ch = this.text[this.i];
      if (ch === '}') {
        this.i++;
        return;
      }
      if (ch !== ',') throw new JsonSyntaxError(`expected ',' or '}' but found ${this.describeHere()}`, this.i);
      this.i++;
      this.skipWhitespace();
      if (this.text[this.i] === '}') throw new JsonSyntaxError("trailing comma before '}'", this.i);
    }
  }

  private scanArray(depth: number): void {
    this.i++;
    this.skipWhitespace();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.scanValue(depth + 1);
      this.skipWhitespace();
      const ch = this.text[this.i];
      if (ch === ']') {
        this.i++;
        return;
      }
      if (ch !== ',') throw new JsonSyntaxError(`expected ',' or ']' but found ${this.describeHere()}`, this.i);
      this.i++;
      this.skipWhitespace();
      if (this.text[this.i] === ']') throw new JsonSyntaxError("trailing comma before ']'", this.i);
    }
  }

  private scanString(): void {
    const start = this.i;
    this.i++;
    while (this.i < this.text.length) {
      const code = this.text.charCodeAt(this.i);
      if (code === 0x22) {
        this.i++;
        return;
      }
      if (code < 0x20) throw new JsonSyntaxError('a control character (such as a line break) inside a string', this.i);
      if (code === 0x5c) {
        const escape = this.text[this.i + 1];
        if (escape === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) throw new JsonSyntaxError('an invalid \\u escape in a string', this.i);
          this.i += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) throw new JsonSyntaxError('an invalid escape sequence in a string', this.i);
        this.i += 2;
        continue;
      }
      this.i++;
    }
    throw new JsonSyntaxError('a string that is never closed', start);
  }

  private scanNumber(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!match) throw new JsonSyntaxError('an invalid number', this.i);
    this.i += match[0].length;
  }

  private skipWhitespace(): void {
    while (this.i < this.text.length) {
      const ch = this.text[this.i];
      if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') return;
      this.i++;
    }
  }

  private describeHere(): string {
    if (this.i >= this.text.length) return 'the end of the file';
    return `character ${JSON.stringify(this.text[this.i])}`;
  }
}
