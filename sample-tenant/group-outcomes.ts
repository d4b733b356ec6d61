import type { LogEvent, Outcome } from './log-events';
import type { GroupSubject, JobLogContext } from './log-subjects';
import { errorInformation } from './log-errors';
import { createdProperties, step } from './log-steps';
import { groupSourceValues } from './source-values';

/** Steps, outcome and error of a group event. */
export function groupOutcome(ctx: JobLogContext, event: Extract<LogEvent, { subject: GroupSubject }>): Outcome {
  const { group } = event.subject;
  const name = group.displayName ?? group.id;
  const target = ctx.targetName;
  const base = { identityType: 'Group' as const, sourceId: group.id, sourceName: name, targetId: ctx.targetIdFor(group.id) };
  const exported = { ReportableIdentifier: name };
  switch (event.kind) {
    case 'groupCreate':
      return {
        ...base,
        action: 'create',
        status: 'success',
        modified: createdProperties(ctx.groupMappings, groupSourceValues(group)),
        error: null,
        steps: [
          step('EntryImportAdd', 'import', 'success', `Received Group '${name}' change of type (Add) from Azure Active Directory`),
          step('EntrySynchronizationAdd', 'matching', 'success', `Group '${name}' will be created in ${target} (Group is active and assigned in Azure Active Directory, but no matching Group was found in ${target})`),
          step('EntryExportAdd', 'export', 'success', `Group '${name}' was created in ${target}`, exported),
        ],
      };
    case 'groupUpdate':
      return {
        ...base,
        action: 'update',
        status: 'success',
        modified: event.changes,
        error: null,
        steps: [
          step('EntryImportUpdate', 'import', 'success', `Received Group '${name}' change of type (Update) from Azure Active Directory`),
          step('EntrySynchronizationUpdate', 'matching', 'success', `Group '${name}' will be updated in ${target} (${event.reason})`),
          step('EntryExportUpdate', 'export', 'success', `Group '${name}' was updated in ${target}`, exported),
        ],
      };
    case 'groupFailure':
      return {
        ...base,
        action: 'update',
        status: 'failure',
        modified: [],
        error: errorInformation(event.error, { target, object: 'Group', id: name }),
        steps: [
          step('EntryImportUpdate', 'import', 'success', `Received Group '${name}' change of type (Update) from Azure Active Directory`),
          step('EntrySynchronizationUpdate', 'matching', 'failure', `Group '${name}' could not be matched in ${target}`),
        ],
      };
  }
}
