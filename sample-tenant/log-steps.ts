import type { ModifiedProperty, ProvisioningResult, ProvisioningStep } from '../shared/graph/provisioning-log';
import type { AttributeMapping } from '../shared/graph/synchronization';
import type { UserSubject } from './log-subjects';
import { mappedValue } from './mapped-values';
import type { SourceValues } from './source-values';

/** Shared by every step and identity without details (frozen: see log-records.ts). */
export const EMPTY_DETAILS: Readonly<Record<string, string>> = Object.freeze({});

/** Step descriptions repeat per user and app; keeping one copy of each keeps the heap small. */
const descriptions = new Map<string, string>();
function intern(text: string): string {
  const known = descriptions.get(text);
  if (known !== undefined) return known;
  if (descriptions.size > 50_000) descriptions.clear();
  descriptions.set(text, text);
  return text;
}

export const step = (
  name: string,
  provisioningStepType: ProvisioningStep['provisioningStepType'],
  status: ProvisioningResult,
  description: string,
  details: Readonly<Record<string, string>> = EMPTY_DETAILS,
): ProvisioningStep => ({ description: intern(description), details, name, provisioningStepType, status });

/** The attributes a create would send, as `modifiedProperties` (old value null). References are left out. */
export function createdProperties(mappings: readonly AttributeMapping[], values: SourceValues): ModifiedProperty[] {
  const properties: ModifiedProperty[] = [];
  for (const mapping of mappings) {
    if (mapping.source?.name === 'manager' || mapping.source?.name === 'members') continue;
    const value = mappedValue(mapping, values, 'create');
    if (value !== null) properties.push({ displayName: mapping.targetAttributeName, oldValue: null, newValue: value });
  }
  return properties;
}

/** The attributes the import step shows: identity, state, and every directly mapped source attribute. */
export function importedDetails(subject: Pick<UserSubject, 'user' | 'values'>, mappings: readonly AttributeMapping[]): Record<string, string> {
  const details: Record<string, string> = {
    objectId: subject.user.id,
    userPrincipalName: subject.user.userPrincipalName,
    accountEnabled: String(subject.values.accountEnabled),
    IsSoftDeleted: String(subject.values.IsSoftDeleted),
  };
  for (const mapping of mappings) {
    const name = mapping.source?.type === 'Attribute' ? mapping.source.name : null;
    if (!name || name in details) continue;
    const value = subject.values[name];
    if (typeof value === 'string') details[name] = value;
  }
  return details;
}

/** The scoping step's details, with the keys Entra uses. */
export function scopingDetails(subject: Pick<UserSubject, 'assigned' | 'active' | 'scope'>): Record<string, string> {
  return {
    'Active in the source system': subject.active ? 'True' : 'False',
    'Assigned to the application': subject.assigned ? 'True' : 'False',
    'User has the required role': subject.assigned ? 'True' : 'False',
    'Scoping filter evaluation passed': subject.scope.passed ? 'True' : 'False',
    ScopeEvaluationResult: JSON.stringify(subject.scope.results),
  };
}

export function scopingStep(subject: UserSubject): ProvisioningStep {
  const inScope = subject.assigned && subject.active && subject.scope.passed;
  return step(
    'EntrySynchronizationScoping',
    'scoping',
    inScope ? 'success' : 'skipped',
    'Determine if User in scope by evaluating against each scoping filter',
    subject.scopingDetails,
  );
}
