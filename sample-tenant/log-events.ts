import type { ModifiedProperty, ProvisioningAction, ProvisioningErrorInfo, ProvisioningResult, ProvisioningStep } from '../shared/graph/provisioning-log';
import type { ErrorKey } from './log-errors';
import type { GroupSubject, UserSubject } from './log-subjects';

/** Everything a cycle can log about one object. */
export type LogEvent =
  | { kind: 'create'; subject: UserSubject; failure?: { error: ErrorKey; attr?: string } }
  | { kind: 'update'; subject: UserSubject; changes: ModifiedProperty[]; failure?: { error: ErrorKey; attr?: string } }
  | { kind: 'disable'; subject: UserSubject; changes: ModifiedProperty[] }
  | { kind: 'stagedDelete'; subject: UserSubject; threshold: number }
  | { kind: 'delete'; subject: UserSubject }
  | { kind: 'skip'; subject: UserSubject; reason: 'notAssigned' | 'inactive' | 'scopingFilter' | 'redundant' }
  | { kind: 'importSkipped'; subject: UserSubject; matchingAttribute: string }
  | { kind: 'managerWarning'; subject: UserSubject; manager: { id: string; displayName: string } }
  | { kind: 'groupCreate'; subject: GroupSubject }
  | { kind: 'groupUpdate'; subject: GroupSubject; changes: ModifiedProperty[]; reason: string }
  | { kind: 'groupFailure'; subject: GroupSubject; error: ErrorKey };

export interface CycleRef {
  cycleId: string;
}

/** What one event did, before it is dressed as a provisioning-log record. */
export interface Outcome {
  action: ProvisioningAction;
  status: ProvisioningResult;
  steps: ProvisioningStep[];
  modified: ModifiedProperty[];
  error: ProvisioningErrorInfo | null;
  targetId: string;
  identityType: 'User' | 'Group';
  sourceId: string;
  sourceName: string;
}
