import type { ProvisioningObjectSummary } from '../graph/provisioning-log';
import type { ModifiedProperty } from '../graph/provisioning-log';

/** Entra's two PATCH dialects: the default, and the one the `aadOptscim062020` Tenant URL flag selects (scim-entra §4.10). */
export const DIALECTS = ['default', 'aadOptscim062020'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** What happens in the source before the run (issue: scenarios runnable in sequence against the same target). */
export const SCENARIOS = [
  'first',
  'change',
  'disable',
  'unassign',
  'soft-delete',
  'restore',
  'hard-delete',
  'group-add',
  'group-remove',
  'role-change',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface Scenario {
  name: ScenarioName;
  /** `change`: source attribute → new value (null clears it). */
  set?: Readonly<Record<string, string | null>> | undefined;
  /** `group-add` / `group-remove` for a user: the assigned group joined or left (default: the first that fits). */
  groupId?: string | undefined;
  /** `group-add` / `group-remove` for a group: the user who joins or leaves (default: the first that fits). */
  userId?: string | undefined;
  /** `role-change`: the new app role (default: the next role of the app). */
  roleId?: string | undefined;
}

export type ObjectKind = 'User' | 'Group';

/** The four phases provision on demand shows, in its order. */
export type PhaseName = 'import' | 'scope' | 'match' | 'action';

export type Outcome = 'success' | 'failure' | 'skipped';

/** One check or choice the engine made, in words, with what it was based on. */
export interface Decision {
  label: string;
  /** 'pass' / 'fail' for checks, 'info' for facts and choices. */
  result: 'pass' | 'fail' | 'info';
  detail?: string;
}

/** One HTTP exchange with the target, recorded whole (the bearer token redacted). */
export interface HttpExchange {
  seq: number;
  phase: PhaseName;
  /** Why it was sent, e.g. "Match on userName". */
  purpose: string;
  method: string;
  /** Absolute URL. */
  url: string;
  requestHeaders: Record<string, string>;
  requestBody: unknown;
  /** False for a write a dry run did not send. */
  sent: boolean;
  response: {
    status: number;
    headers: Record<string, string>;
    /** Parsed JSON, or the text when it is not JSON. */
    body: unknown;
    durationMs: number;
  } | null;
  /** Transport failure (timeout, connection refused), when there is no response. */
  error?: string;
}

export interface Phase {
  name: PhaseName;
  status: Outcome;
  /** One line, e.g. "In scope" or "Matched on userName". */
  summary: string;
  decisions: Decision[];
  /** seq numbers of the exchanges sent during this phase. */
  exchanges: number[];
}

/** Entra's error record for a failed or skipped object, as the provisioning log carries it. */
export interface EngineError {
  errorCode: string;
  reason: string;
  errorCategory: 'failure' | 'nonServiceFailure';
  recommendedAction: string | null;
  additionalDetails: string | null;
}

export type ObjectAction = 'create' | 'update' | 'delete' | 'disable' | 'other';

/** Per target attribute: the source value, what was sent, and what landed. */
export interface AttributeLanding {
  targetAttributeName: string;
  expression: string | null;
  sourceValue: unknown;
  /** What the mapping produced for this run (encoded JSON value); undefined when nothing. */
  mappedValue?: unknown;
  /** sent | unchanged | skipped-null | default | add-only | ignored | error | not-sent | reference */
  status: 'sent' | 'unchanged' | 'skipped-null' | 'default' | 'add-only' | 'ignored' | 'error' | 'not-sent' | 'reference';
  note?: string;
  /** The value the target holds after the run (read back from the final object). */
  landed?: unknown;
}

/** The provisioning-log step a phase becomes (Entra's step names; records list them Import → Matching → Scoping → Export). */
export interface LogStep {
  name: string;
  description: string;
  details: Record<string, string>;
}

/** One user or group processed by the cycle. */
export interface ObjectRun {
  kind: ObjectKind;
  sourceId: string;
  displayName: string;
  /** UPN for users, display name for groups. */
  reportableIdentifier: string;
  phases: Phase[];
  action: ObjectAction;
  status: Outcome;
  error: EngineError | null;
  targetId: string | null;
  targetObject: Record<string, unknown> | null;
  attributes: AttributeLanding[];
  modifiedProperties: ModifiedProperty[];
  /** One sentence, e.g. "Would be created in Howspace with 6 attributes; phoneNumbers skipped: source null". */
  verdict: string;
  durationMs: number;
  logSteps: Partial<Record<PhaseName, LogStep>>;
}

/** Entra's link between a source object and the target (scim-entra §4.12 item 34). */
export interface EntraLink {
  sourceId: string;
  kind: ObjectKind;
  displayName: string;
  targetId: string;
  /** False once the object left scope (unassigned, filtered out): a later hard delete then sends nothing. */
  managed: boolean;
  /** Target attribute → the value last exported (JSON); groups also keep `members` (target ids). */
  lastExported: Record<string, unknown>;
  updatedAt: string;
}

/** Entra's side of the state for one app and target. */
export interface EntraState {
  links: Record<string, EntraLink>;
}

export interface TrialRun {
  id: string;
  startedAt: string;
  durationMs: number;
  scenario: Scenario;
  dialect: Dialect;
  dryRun: boolean;
  target: { kind: 'local' | 'url'; baseUrl: string; profileId: string | null; name: string };
  subject: { kind: ObjectKind; id: string; displayName: string };
  /** What the scenario changed in the source before the cycle, in words. */
  sourceChanges: string[];
  objects: ObjectRun[];
  exchanges: HttpExchange[];
  /** success when Entra would log no failure (a correct skip included). */
  status: Outcome;
  verdict: string;
  records: ProvisioningObjectSummary[];
  state: EntraState;
}
