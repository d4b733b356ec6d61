import type { Dialect, ObjectAction, ObjectKind, Outcome, TrialRun } from './types';

/** What the forecast ran against: an empty SCIM service (in memory), the app's local endpoint, or a URL (GETs only). */
export type ForecastTargetKind = 'empty' | 'local' | 'url';

/** A cross-object problem, or a warning about one object, that a one-user trial cannot see. */
export const FINDING_CODES = [
  'DuplicateSourceEntries',
  'DuplicateTargetEntries',
  'MandatoryFieldsMissing',
  'ImportSkipped',
  'ExpressionEvaluationFailed',
  'RiskyFilterCharacters',
  'B2BGuestName',
  'NestedGroupOnly',
  'ReferenceNotSent',
  'EmptyGroupMatchingValue',
  'TargetMatchedTwice',
  'TargetBelongsToSomeoneElse',
  'NoMatchingAttribute',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface ForecastFinding {
  code: FindingCode;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** Entra's log status for the object: Warning when the export succeeds with a warning finding. */
export type LogStatus = 'Success' | 'Failure' | 'Skipped' | 'Warning';

/** One user or group of the first cycle, compact enough to keep 100,000 of them. */
export interface ForecastRow {
  id: string;
  kind: ObjectKind;
  displayName: string;
  /** UPN for users, display name for groups. */
  reportable: string;
  /** "direct", "via <group>", "nested via <group>", "sync all". */
  assignedVia: string;
  /** The action Entra logs for the first cycle ("other" for a skip). */
  action: ObjectAction;
  status: Outcome;
  logStatus: LogStatus;
  errorCode: string | null;
  /** The engine's verdict, or the cross-object reason that overrides it. */
  verdict: string;
  /** The matching attribute and value the first query uses (null when every value is null or there is none). */
  matching: { attribute: string; value: string } | null;
  findings: ForecastFinding[];
  /** Memberships (or a manager) that cannot be sent because the referenced object has no target object. */
  referenceFailures: number;
  /** HTTP requests the object's cycle sent (or, in a dry run, would send). */
  requests: number;
}

export interface ForecastTotals {
  objects: number;
  users: number;
  groups: number;
  byAction: Record<ObjectAction, number>;
  byLogStatus: Record<LogStatus, number>;
  /** Error code → number of objects. */
  byErrorCode: Record<string, number>;
  /** Finding code → number of objects carrying it. */
  byFinding: Partial<Record<FindingCode, number>>;
  referenceFailures: number;
  requests: number;
}

/** scim-entra §4.12 item 43. */
export interface QuarantineForecast {
  failures: number;
  /** Objects the cycle processes (the denominator of the failure rate). */
  processed: number;
  /** failures / processed, 0..1. */
  rate: number;
  referenceFailures: number;
  /** Whether Entra evaluates quarantine at all (5,000 failures accumulated). */
  evaluated: boolean;
  quarantined: boolean;
  /** Which rules would trip: 'rate' (> 40 %), 'count' (> 40,000), 'references' (> 60,000 reference failures). */
  reasons: Array<'rate' | 'count' | 'references'>;
  /** One or two sentences for the admin. */
  message: string;
}

export interface ForecastResult {
  id: string;
  startedAt: string;
  durationMs: number;
  app: { id: string; displayName: string };
  target: TrialRun['target'] & { targetKind: ForecastTargetKind };
  dialect: Dialect;
  /** GETs only: writes were not sent, created objects got no id. */
  dryRun: boolean;
  /** Set when the run was cancelled: the rows cover only the objects processed before. */
  cancelled: boolean;
  rows: ForecastRow[];
  totals: ForecastTotals;
  quarantine: QuarantineForecast;
  /** App-wide notes: no matching attribute, group mapping disabled, sync all, … */
  notes: string[];
}

export interface ForecastProgress {
  done: number;
  total: number;
  phase: 'users' | 'groups' | 'analysis';
}
