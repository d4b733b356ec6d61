import type { LogEvent, Outcome } from './log-events';
import type { GroupSubject, JobLogContext } from './log-subjects';
import { errorInformation, failsAtExport } from './log-errors';
import { createdProperties, scopingStep, step } from './log-steps';

const SKIP_REASONS = {
  notAssigned: ['NotEffectivelyEntitled', 'User is not assigned to the application'],
  inactive: ['NotEffectivelyEntitled', 'User is disabled or deleted in Azure Active Directory and was never provisioned'],
  scopingFilter: ['OutOfScope', 'User does not pass the scoping filters'],
  redundant: ['RedundantExport', 'The state of the user in both the source and target systems already match'],
} as const;

/** Steps, outcome and error of a user event, worded as Entra words them. */
export function userOutcome(ctx: JobLogContext, event: Exclude<LogEvent, { subject: GroupSubject }>): Outcome {
  const { subject } = event;
  const upn = subject.user.userPrincipalName;
  const target = ctx.targetName;
  const targetId = ctx.targetIdFor(subject.user.id);
  const base = { identityType: 'User' as const, sourceId: subject.user.id, sourceName: subject.user.displayName ?? upn, targetId };
  const imported = (change: 'Add' | 'Update' | 'Delete') =>
    step(`EntryImport${change}`, 'import', 'success', `Received User '${upn}' change of type (${change}) from Azure Active Directory`, subject.importDetails);
  const exported = { ReportableIdentifier: upn };

  switch (event.kind) {
    case 'create': {
      const modified = createdProperties(ctx.userMappings, subject.values);
      const steps = [
        imported('Add'),
        scopingStep(subject),
        step('EntrySynchronizationAdd', 'matching', 'success', `User '${upn}' will be created in ${target} (User is active and assigned in Azure Active Directory, but no matching User was found in ${target})`),
      ];
      if (!event.failure) {
        steps.push(step('EntryExportAdd', 'export', 'success', `User '${upn}' was created in ${target}`, exported));
        return { ...base, action: 'create', status: 'success', steps, modified, error: null };
      }
      const error = errorInformation(event.failure.error, { target, object: 'User', id: upn, ...(event.failure.attr ? { attr: event.failure.attr } : {}) });
      if (failsAtExport(event.failure.error)) steps.push(step('EntryExportAdd', 'export', 'failure', `Failed to create User '${upn}' in ${target}`, exported));
      else steps[2] = step('EntrySynchronizationAdd', 'matching', 'failure', `User '${upn}' could not be prepared for creation in ${target}`);
      return { ...base, targetId: '', action: 'create', status: 'failure', steps, modified, error };
    }
    case 'update': {
      const steps = [
        imported('Update'),
        scopingStep(subject),
        step('EntrySynchronizationUpdate', 'matching', 'success', `User '${upn}' will be updated in ${target} (User is active and assigned in Azure Active Directory, and a matching User was found in ${target})`),
      ];
      if (!event.failure) {
        steps.push(step('EntryExportUpdate', 'export', 'success', `User '${upn}' was updated in ${target}`, exported));
        return { ...base, action: 'update', status: 'success', steps, modified: event.changes, error: null };
      }
      const error = errorInformation(event.failure.error, { target, object: 'User', id: upn, ...(event.failure.attr ? { attr: event.failure.attr } : {}) });
      if (failsAtExport(event.failure.error)) steps.push(step('EntryExportUpdate', 'export', 'failure', `Failed to update User '${upn}' in ${target}`, exported));
      else steps[2] = step('EntrySynchronizationUpdate', 'matching', 'failure', `User '${upn}' could not be matched in ${target}`);
      return { ...base, action: 'update', status: 'failure', steps, modified: event.changes, error };
    }
    case 'disable': {
      const why = subject.user.deletedDateTime ? 'User was soft-deleted in Azure Active Directory' : 'User is disabled in Azure Active Directory';
      const steps = [
        imported(subject.user.deletedDateTime ? 'Delete' : 'Update'),
        scopingStep(subject),
        step('EntrySynchronizationUpdate', 'matching', 'success', `User '${upn}' will be disabled in ${target} (${why})`),
        step('EntryExportUpdate', 'export', 'success', `User '${upn}' was disabled in ${target}`, exported),
      ];
      return { ...base, action: 'disable', status: 'success', steps, modified: event.changes, error: null };
    }
    case 'delete': {
      const steps = [
        imported('Delete'),
        step('EntrySynchronizationDelete', 'matching', 'success', `User '${upn}' will be deleted in ${target} (User was permanently deleted from Azure Active Directory)`),
        step('EntryExportDelete', 'export', 'success', `User '${upn}' was deleted in ${target}`, exported),
      ];
      return { ...base, action: 'delete', status: 'success', steps, modified: [], error: null };
    }
    case 'stagedDelete': {
      const reason = `The deletion of User '${upn}' was held: this cycle would delete or disable more objects than the accidental-deletion threshold (${event.threshold}) allows.`;
      const steps = [
        imported('Delete'),
        scopingStep(subject),
        step('EntrySynchronizationDelete', 'matching', 'skipped', `User '${upn}' will be deleted in ${target} (User is no longer in scope)`),
        step('EntryExportDelete', 'export', 'skipped', reason, exported),
      ];
      return {
        ...base,
        action: 'stageddelete',
        status: 'skipped',
        steps,
        modified: [],
        error: {
          errorCode: null,
          reason,
          additionalDetails: null,
          errorCategory: 'nonServiceFailure',
          recommendedAction: 'Review the held deletions. If they are expected, select Allow deletes on the provisioning page; otherwise fix the assignment or scoping change and restart.',
        },
      };
    }
    case 'skip': {
      const [skipReason, text] = SKIP_REASONS[event.reason];
      const steps = [
        step('EntryImport', 'import', 'success', `Retrieved User '${upn}' from Azure Active Directory`, subject.importDetails),
        scopingStep(subject),
        step('EntrySynchronizationSkip', 'matching', 'skipped', `User '${upn}' will be skipped (${text})`, { SkipReason: skipReason }),
      ];
      return {
        ...base,
        targetId: event.reason === 'redundant' ? targetId : '',
        action: 'other',
        status: 'skipped',
        steps,
        modified: [],
        error: {
          errorCode: 'EntrySynchronizationSkipped',
          reason: `${text}. No change was exported.`,
          additionalDetails: null,
          errorCategory: 'nonServiceFailure',
          recommendedAction:
            event.reason === 'redundant' ? null : 'If this user should be provisioned, assign them to the app (directly or through a security group) and check the scoping filters.',
        },
      };
    }
    case 'importSkipped': {
      const reason = `User '${upn}' has no value for the matching attribute '${event.matchingAttribute}', so it could not be imported; scoping and matching were not evaluated.`;
      const steps = [step('EntryImport', 'import', 'skipped', reason, { MatchingAttribute: event.matchingAttribute })];
      return {
        ...base,
        targetId: '',
        action: 'other',
        status: 'skipped',
        steps,
        modified: [],
        error: {
          errorCode: 'ImportSkipped',
          reason,
          additionalDetails: null,
          errorCategory: 'nonServiceFailure',
          recommendedAction: `Give the user a value for '${event.matchingAttribute}', or add a second matching attribute that always has a value.`,
        },
      };
    }
    case 'managerWarning': {
      const reason = `The manager of User '${upn}' (${event.manager.displayName}) is not provisioned to ${target}, so the manager reference was not exported.`;
      const steps = [
        imported('Update'),
        scopingStep(subject),
        step('EntrySynchronizationUpdate', 'matching', 'success', `User '${upn}' will be updated in ${target} (User is active and assigned in Azure Active Directory, and a matching User was found in ${target})`),
        step('EntryExportUpdate', 'export', 'success', `User '${upn}' was updated in ${target}`, exported),
        step('EntryReferenceResolution', 'referenceResolution', 'warning', reason, { ReferenceAttribute: 'manager', ReferencedObjectId: event.manager.id }),
      ];
      return {
        ...base,
        action: 'update',
        status: 'warning',
        steps,
        modified: [],
        error: {
          errorCode: null,
          reason,
          additionalDetails: null,
          errorCategory: 'nonServiceFailure',
          recommendedAction: 'Assign the manager to the app too, or remove the manager mapping if the app does not need it.',
        },
      };
    }
  }
}
