import type { RequestOf } from '../../../../shared/ipc/contract';
import type { TrialSubjectOption } from '../../../../shared/ipc/contracts/trial';
import type { Dialect, ScenarioName } from '../../../../shared/sync/types';
import { scenariosFor } from './scenarios';

export interface AttributeEdit {
  /** Stable key for React lists. */
  key: number;
  attribute: string;
  value: string;
  /** Clear the attribute (sent as null) instead of setting `value`. */
  clear: boolean;
}

/** Everything the setup form holds; kept by the tab so a failed run loses nothing. */
export interface TrialForm {
  subject: TrialSubjectOption | null;
  memberIds: readonly string[];
  scenario: ScenarioName;
  /** group-add / group-remove / role-change: the group, user or role it acts on; '' = the engine's first that fits. */
  choice: string;
  edits: readonly AttributeEdit[];
  target: 'local' | 'url';
  baseUrl: string;
  token: string;
  dryRun: boolean;
  dialect: Dialect;
}

export const INITIAL_FORM: TrialForm = {
  subject: null,
  memberIds: [],
  scenario: 'first',
  choice: '',
  edits: [],
  target: 'local',
  baseUrl: '',
  token: '',
  dryRun: false,
  dialect: 'default',
};

export const MAX_MEMBERS = 5;

export type RunRequest = RequestOf<'trial:run'>;

/** The host of a SCIM base URL, or null when it is not an http(s) URL. */
export function hostOf(baseUrl: string): string | null {
  try {
    const url = new URL(baseUrl.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : null;
  } catch {
    return null;
  }
}

/** What stops the form from running, in words; null when it can run. */
export function formProblem(form: TrialForm): string | null {
  if (!form.subject) return 'Pick a user or group to run.';
  if (!scenariosFor(form.subject.kind).some((s) => s.name === form.scenario)) return `The ${form.scenario} scenario applies to users only.`;
  if (form.scenario === 'change') {
    const edits = form.edits.filter((e) => e.attribute);
    if (edits.length === 0) return 'Add at least one attribute edit for the change scenario.';
    if (new Set(edits.map((e) => e.attribute)).size !== edits.length) return 'Each attribute can be edited once per run.';
  }
  if (form.target === 'url') {
    if (!hostOf(form.baseUrl)) return 'Enter the SCIM base URL (https://…).';
    if (!form.token.trim()) return 'Enter the token the SCIM service expects.';
  }
  return null;
}

/** Whether running the form writes to a service other than this machine's local endpoint (it needs the host confirmed). */
export function needsHostConfirmation(form: TrialForm): boolean {
  return form.target === 'url' && !form.dryRun;
}

/** The `trial:run` request for a form that passed `formProblem`. */
export function runRequestOf(form: TrialForm, tenantId: string, appId: string, confirmHost?: string): RunRequest {
  const subject = form.subject!;
  const set: Record<string, string | null> = {};
  for (const edit of form.edits) if (edit.attribute) set[edit.attribute] = edit.clear ? null : edit.value;
  return {
    tenantId,
    appId,
    subject: subject.kind === 'User' ? { kind: 'User', id: subject.id } : { kind: 'Group', id: subject.id, ...(form.memberIds.length ? { memberIds: [...form.memberIds] } : {}) },
    scenario: form.scenario === 'change' ? { name: 'change', set } : { name: form.scenario, ...scenarioChoice(form) },
    target:
      form.target === 'local'
        ? { kind: 'local' }
        : { kind: 'url', baseUrl: form.baseUrl.trim(), token: form.token.trim(), ...(confirmHost !== undefined ? { confirmHost } : {}) },
    dialect: form.dialect,
    dryRun: form.dryRun,
    legacyDefaultAccess: false,
  };
}

/** The scenario's extra field: a user's group, a group's user, or the new role. */
function scenarioChoice(form: TrialForm): { groupId?: string; userId?: string; roleId?: string } {
  if (!form.choice || !form.subject) return {};
  if (form.scenario === 'role-change') return { roleId: form.choice };
  if (form.scenario === 'group-add' || form.scenario === 'group-remove') return form.subject.kind === 'User' ? { groupId: form.choice } : { userId: form.choice };
  return {};
}

/** The target `trial:state` refers to for this form: the URL's once it parses, the local endpoint otherwise. */
export function stateTargetOf(form: TrialForm): RequestOf<'trial:state'>['target'] {
  return form.target === 'url' && hostOf(form.baseUrl) ? { kind: 'url', baseUrl: form.baseUrl.trim() } : { kind: 'local' };
}
