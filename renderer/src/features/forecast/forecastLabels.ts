import { tokens, type BadgeProps } from '@fluentui/react-components';
import type { FindingCode, LogStatus } from '../../../../shared/sync/forecast-types';
import type { ObjectAction } from '../../../../shared/sync/types';

/** Words and colours for the forecast's actions, log statuses and cross-object findings. */

export const LOG_STATUSES: readonly LogStatus[] = ['Success', 'Failure', 'Skipped', 'Warning'];
export const ACTIONS: readonly ObjectAction[] = ['create', 'update', 'delete', 'disable', 'other'];

export const ACTION_LABEL: Readonly<Record<ObjectAction, string>> = { create: 'Create', update: 'Update', delete: 'Delete', disable: 'Disable', other: 'Other (skip)' };

/** Theme colours, so bars follow light and dark mode (the log charts' palette). */
export const STATUS_COLOR: Readonly<Record<LogStatus, string>> = {
  Success: tokens.colorPaletteGreenBackground3,
  Failure: tokens.colorPaletteRedBackground3,
  Skipped: tokens.colorNeutralForeground4,
  Warning: tokens.colorPaletteYellowBackground3,
};

export const ACTION_COLOR: Readonly<Record<ObjectAction, string>> = {
  create: tokens.colorPaletteBlueBorderActive,
  update: tokens.colorPaletteTealBackground2,
  delete: tokens.colorPaletteRedBackground3,
  disable: tokens.colorPaletteDarkOrangeBackground3,
  other: tokens.colorNeutralForeground4,
};

export const STATUS_BADGE: Readonly<Record<LogStatus, NonNullable<BadgeProps['color']>>> = { Success: 'success', Failure: 'danger', Skipped: 'informative', Warning: 'warning' };

export type Severity = 'error' | 'warning' | 'info';

/** A cross-object finding in a few words, with how serious it is for the rollout. */
export const FINDING_INFO: Readonly<Record<FindingCode, { title: string; severity: Severity }>> = {
  DuplicateSourceEntries: { title: 'Two source objects share one matching value', severity: 'error' },
  DuplicateTargetEntries: { title: 'A matching value finds several target objects', severity: 'error' },
  MandatoryFieldsMissing: { title: 'A required value is null', severity: 'error' },
  ImportSkipped: { title: 'Every matching value is null', severity: 'error' },
  ExpressionEvaluationFailed: { title: 'An expression fails for some objects', severity: 'error' },
  TargetMatchedTwice: { title: 'One target object is matched by two users', severity: 'error' },
  TargetBelongsToSomeoneElse: { title: 'The matched target object belongs to someone else', severity: 'error' },
  RiskyFilterCharacters: { title: 'Matching values with characters that break filter queries', severity: 'warning' },
  B2BGuestName: { title: 'B2B guests: #EXT# user principal names', severity: 'warning' },
  ReferenceNotSent: { title: 'References not sent (member or manager has no target object)', severity: 'warning' },
  EmptyGroupMatchingValue: { title: 'Groups whose matching value is empty', severity: 'warning' },
  NestedGroupOnly: { title: 'Users reachable only through nested groups (not provisioned)', severity: 'info' },
  NoMatchingAttribute: { title: 'No matching attribute: every user is created', severity: 'info' },
};

export const SEVERITY_BADGE: Readonly<Record<Severity, NonNullable<BadgeProps['color']>>> = { error: 'danger', warning: 'warning', info: 'informative' };
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

export const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
