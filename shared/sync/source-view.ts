import { attributeRefs } from '../audit/walk';
import { parseExpression } from '../expressions';
import { DEFAULT_ACCESS_ROLE_ID } from '../graph/service-principal';
import type { ObjectMapping } from '../graph/synchronization';
import { mappingExpressionText } from '../mapping/evaluate-mapping';
import { groupSourceObject, userSourceObject, type AppRoleAssignmentValue, type SourceObject } from '../mapping/source-object';
import { assignmentsOf, type SourceDirectory } from './source-directory';
import type { ObjectKind } from './types';

/** The app's role assignments of a principal, as `[appRoleAssignments]` sees them. */
export function roleAssignmentsOf(directory: SourceDirectory, id: string): AppRoleAssignmentValue[] {
  return assignmentsOf(directory, id).map(({ assignment, via }) => {
    const role = directory.appRoles.find((r) => r.id === assignment.appRoleId);
    return {
      id: via ? `${assignment.id}:${via.id}` : assignment.id,
      value: role?.value ?? null,
      displayName: role?.displayName ?? (assignment.appRoleId === DEFAULT_ACCESS_ROLE_ID ? 'Default Access' : null),
    };
  });
}

/** The values expressions see for one object, with the run's edits applied; null when it no longer exists. */
export function sourceObjectOf(directory: SourceDirectory, kind: ObjectKind, id: string, isSoftDeleted?: boolean): SourceObject | null {
  let source: SourceObject;
  if (kind === 'User') {
    const user = directory.users.get(id);
    if (!user) return null;
    source = userSourceObject(user, { appRoleAssignments: roleAssignmentsOf(directory, id), ...(isSoftDeleted === undefined ? {} : { isSoftDeleted }) });
  } else {
    const group = directory.groups.get(id);
    if (!group) return null;
    source = groupSourceObject(group);
  }
  for (const [key, value] of Object.entries(directory.overrides.get(id) ?? {})) {
    if (value === null || value === '') delete source[key];
    else source[key] = value;
  }
  return source;
}

const attributesReadCache = new WeakMap<ObjectMapping, readonly string[]>();

/** Every source attribute an object mapping reads (for the import step), in mapping order; parsed once per mapping object. */
export function sourceAttributesRead(mapping: ObjectMapping): string[] {
  const cached = attributesReadCache.get(mapping);
  if (cached) return [...cached];
  const names = new Set<string>();
  for (const attribute of mapping.attributeMappings) {
    const text = mappingExpressionText(attribute);
    if (!text) continue;
    try {
      for (const ref of attributeRefs(parseExpression(text))) names.add(ref.name);
    } catch {
      // An expression that does not parse reads nothing; the audit reports it.
    }
  }
  attributesReadCache.set(mapping, [...names]);
  return [...names];
}
