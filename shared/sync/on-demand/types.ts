/**
 * Predicted vs actual: what Entra's provisionOnDemand answered (graph-facts §2.7), read into one
 * shape, and what our trial-sync engine predicted, so the two can be compared step by step.
 */

/** The steps provision on demand reports, in the portal's order (Import → Scope → Match → Action). */
export const ON_DEMAND_STEP_TYPES = ['Import', 'Scoping', 'Matching', 'Export'] as const;
export type OnDemandStepType = (typeof ON_DEMAND_STEP_TYPES)[number];

/** Portal words for each step type. */
export const STEP_LABELS: Record<OnDemandStepType, string> = {
  Import: 'Import',
  Scoping: 'Scope',
  Matching: 'Match',
  Export: 'Action',
};

/** One provisioning step as Entra's on-demand answer carries it (`type`, `timestamp`: not the log's `provisioningStepType`). */
export interface OnDemandStep {
  name: string;
  /** Import | Matching | Scoping | Export, or a type this app does not know (kept as sent). */
  type: string;
  status: string;
  description: string | null;
  timestamp: string | null;
  /** Detail values as text (Entra sends strings; anything else is written as JSON). */
  details: Record<string, string>;
}

/** One object Entra processed: its statusInfo, action, steps and modified properties. */
export interface OnDemandObjectResult {
  action: string | null;
  status: string | null;
  errorCode: string | null;
  reason: string | null;
  reportableIdentifier: string | null;
  sourceId: string | null;
  sourceType: string | null;
  targetId: string | null;
  modifiedProperties: Array<{ name: string; oldValue: string | null; newValue: string | null }>;
  steps: OnDemandStep[];
  /** Fields this app does not read, kept as Entra sent them. */
  extra: Record<string, unknown>;
}

/**
 * Which documented shape the answer had: `summary` (key = result summary JSON, value = one object's
 * JSON), `statusInfoArray` (key = a .NET type name, value = a JSON array of objects), or
 * `summaryOnly` (value `{}`, as group calls answer).
 */
export type OnDemandShape = 'summary' | 'statusInfoArray' | 'summaryOnly';

export interface ParsedOnDemandResponse {
  shape: OnDemandShape;
  /** The summary's `result` (Success, Skipped, Failure…), when the answer had a summary. */
  result: string | null;
  /** The summary's `details` (errorCode, errorMessage…). */
  resultDetails: Record<string, unknown>;
  /** The type name shape B carries in `key`. */
  typeName: string | null;
  /** True when key and value came the other way round. */
  swapped: boolean;
  objects: OnDemandObjectResult[];
  /** Parts that could not be read, in words; the rest was still read. */
  warnings: string[];
}

export type ParseOutcome = { ok: true; value: ParsedOnDemandResponse } | { ok: false; error: string };

/** A step of either side, reduced to what is compared. */
export interface ComparableStep {
  type: OnDemandStepType;
  /** Success | Failure | Skipped | Warning (Entra's words). */
  status: string;
  /** Entra's step names, e.g. EntryExportAdd (shown, not compared). */
  name: string;
  description: string;
}

/** One object as either side reports it. */
export interface ComparableObject {
  kind: string;
  sourceId: string | null;
  reportable: string | null;
  /** Success | Failure | Skipped | Warning */
  outcome: string;
  /** Create | Update | Delete | Disable | Other */
  action: string;
  errorCode: string | null;
  steps: ComparableStep[];
  /** Target attribute → value exported; undefined when that side did not list them. */
  exported: Record<string, string | null> | undefined;
}

export type DifferenceKind = 'outcome' | 'action' | 'errorCode' | 'step' | 'attribute' | 'object';

export interface Difference {
  kind: DifferenceKind;
  /** The object's reportable name (UPN or group name). */
  object: string;
  step?: OnDemandStepType;
  attribute?: string;
  predicted: string | null;
  actual: string | null;
  /** One sentence, e.g. `Action: we predicted Create, Entra did Update.` */
  message: string;
}

export interface StepRow {
  type: OnDemandStepType;
  predicted: ComparableStep | null;
  actual: ComparableStep | null;
  same: boolean;
}

export interface AttributeRow {
  name: string;
  predicted: string | null | undefined;
  actual: string | null | undefined;
  same: boolean;
}

export interface ObjectComparison {
  object: string;
  kind: string;
  predicted: ComparableObject | null;
  actual: ComparableObject | null;
  steps: StepRow[];
  /** Empty when Entra's answer did not list the exported values. */
  attributes: AttributeRow[];
  differences: Difference[];
}

export interface OnDemandComparison {
  /** `steps` for a user (and any object Entra reported), `outcome` for a group call that returned no steps. */
  mode: 'steps' | 'outcome';
  agree: boolean;
  /** For an outcome-only comparison: our overall result and Entra's. */
  overall: { predicted: string; actual: string | null; same: boolean };
  objects: ObjectComparison[];
  differences: Difference[];
  notes: string[];
}
