import type { GraphGroup } from '../shared/graph/group';
import type { AttributeMapping } from '../shared/graph/synchronization';
import type { GraphUser } from '../shared/graph/user';
import type { SourceValues } from './source-values';

/** Whether the user passes the app's scoping filters, and each clause's result as the scoping step shows it. */
export interface ScopeEvaluation {
  passed: boolean;
  results: Record<string, boolean>;
}

/** What a job's log records need to know about the app. */
export interface JobLogContext {
  tenantId: string;
  jobId: string;
  servicePrincipal: { id: string; displayName: string; appId: string };
  targetSystemId: string;
  /** The target as records name it (the app's display name). */
  targetName: string;
  userMappings: AttributeMapping[];
  /** Empty when the group object mapping is disabled. */
  groupMappings: AttributeMapping[];
  targetIdFor(objectId: string): string;
}

/** A user as one job sees it. */
export interface UserSubject {
  user: GraphUser;
  values: SourceValues;
  assigned: boolean;
  active: boolean;
  scope: ScopeEvaluation;
  /** Computed once per job: the imported attributes and the scoping details every record of this user repeats. */
  importDetails: Readonly<Record<string, string>>;
  scopingDetails: Readonly<Record<string, string>>;
}

export interface GroupSubject {
  group: GraphGroup;
}
