import type { GraphGroup } from '../shared/graph/group';
import type { AppRoleAssignment, GraphServicePrincipal } from '../shared/graph/service-principal';
import type {
  SynchronizationJobSetting,
  SynchronizationSchema,
  SynchronizationTemplate,
} from '../shared/graph/synchronization';
import type { GraphUser } from '../shared/graph/user';
import type { GroupKey } from './groups';
import type { ErrorKey } from './log-errors';

/** The sample directory as the app builders see it. */
export interface SampleDirectory {
  now: Date;
  users: GraphUser[];
  groups: GraphGroup[];
  /** By UPN local part, e.g. "asa.oberg". */
  user(localPart: string): GraphUser;
  group(key: GroupKey): GraphGroup;
}

/** How the app's target system shapes its own ids (what lands in `targetIdentity.id`). */
export type TargetIdStyle = 'guid' | 'objectId' | 'numeric';

/** Everyday events of an incremental cycle. */
export type RoutineKind = 'update' | 'skipOutOfScope' | 'skipRedundant' | 'groupMembers' | 'failure' | 'warning' | 'importSkipped';

export interface FailureSpec {
  error: ErrorKey;
  weight: number;
  action: 'create' | 'update';
  /** Fail a provisioned group instead of a user. */
  object?: 'Group';
  /** Which provisioned users this failure can hit (default: any). */
  eligible?: (user: GraphUser) => boolean;
  /** Target attribute named in the error, when it names one. */
  attr?: string;
}

/** What a full (initial or restarted) cycle did to each provisioned user. */
export type FullCycleOutcome = { kind: 'create' } | { kind: 'redundant' } | { kind: 'fail'; error: ErrorKey; action: 'create' | 'update'; attr?: string };

/** The history behind an app's provisioning logs over the 30-day window. */
export interface LogStory {
  /** When provisioning was switched on (cycles before the window are not logged). */
  startDaysAgo: number;
  /** The job was paused then; no cycles after it. */
  stopDaysAgo?: number;
  /** Phase of this job's 40-minute cycle, so jobs do not all run at the same minute. */
  offsetMinutes: number;
  /** Mean number of routine records per incremental cycle. */
  eventsPerCycle: number;
  routine: readonly (readonly [RoutineKind, number])[];
  failures?: readonly FailureSpec[];
  fullCycle?: { daysAgo: number; user: (user: GraphUser) => FullCycleOutcome; groups: 'create' | 'update' | 'none' };
  /** How creating a newly assigned user turns out (default: success). */
  createOutcome?: (user: GraphUser) => FullCycleOutcome;
  quarantine?: { daysAgo: number; error: ErrorKey; failuresPerCycle: number };
  stagedDeletes?: { daysAgo: number; count: number };
}

export interface SampleProvisioning {
  templateId: string;
  jobId: string;
  schema: SynchronizationSchema;
  settings: SynchronizationJobSetting[];
  targetIdStyle: TargetIdStyle;
  story: LogStory;
}

export interface SampleApp {
  key: string;
  servicePrincipal: GraphServicePrincipal;
  assignments: AppRoleAssignment[];
  templates: SynchronizationTemplate[];
  provisioning: SampleProvisioning | null;
}

export const DEFAULT_JOB_SETTINGS: SynchronizationJobSetting[] = [
  { name: 'AzureIngestionAttributeOptimization', value: 'False' },
  { name: 'LookaheadQueryEnabled', value: 'False' },
  { name: 'QuarantineTooManyDeletesThreshold', value: '500' },
];
