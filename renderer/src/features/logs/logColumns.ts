import type { LogListItem } from '../../../../shared/logs/log-dto';
import type { LogSortColumn } from '../../../../shared/logs/log-filter';

export interface LogColumn {
  id: string;
  label: string;
  width: number;
  value(item: LogListItem): string;
  /** The server-side sort this column maps to, when it can be sorted. */
  sort?: LogSortColumn;
  /** Shown before the admin changes the column choice (the portal's defaults). */
  defaultVisible: boolean;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'UTC' });
export const formatDate = (iso: string) => `${dateFormat.format(new Date(iso))} UTC`;
export const titleCase = (value: string) => (value ? value.charAt(0).toUpperCase() + value.slice(1) : value);

/** The portal's columns (Date, Identity, Action, Source/Target system, Status) and the rest of a record. */
export const LOG_COLUMNS: readonly LogColumn[] = [
  { id: 'date', label: 'Date (UTC)', width: 205, value: (r) => formatDate(r.activityDateTime), sort: 'activityDateTime', defaultVisible: true },
  { id: 'identity', label: 'Identity', width: 200, value: (r) => r.sourceName || r.targetName || r.sourceId || r.targetId || '—', sort: 'identity', defaultVisible: true },
  { id: 'action', label: 'Action', width: 100, value: (r) => titleCase(r.action), sort: 'action', defaultVisible: true },
  { id: 'sourceSystem', label: 'Source system', width: 150, value: (r) => r.sourceSystem ?? '', sort: 'sourceSystem', defaultVisible: true },
  { id: 'targetSystem', label: 'Target system', width: 150, value: (r) => r.targetSystem ?? '', sort: 'targetSystem', defaultVisible: true },
  { id: 'status', label: 'Status', width: 100, value: (r) => titleCase(r.status), sort: 'status', defaultVisible: true },
  { id: 'app', label: 'Application', width: 150, value: (r) => r.appName ?? r.servicePrincipalId ?? '', sort: 'app', defaultVisible: false },
  { id: 'errorCode', label: 'Error code', width: 170, value: (r) => r.errorCode ?? '', sort: 'errorCode', defaultVisible: true },
  { id: 'duration', label: 'Duration', width: 90, value: (r) => (r.durationMs === null ? '' : `${(r.durationMs / 1000).toFixed(1)} s`), sort: 'duration', defaultVisible: false },
  { id: 'sourceId', label: 'Source ID', width: 280, value: (r) => r.sourceId ?? '', defaultVisible: false },
  { id: 'targetId', label: 'Target ID', width: 200, value: (r) => r.targetId ?? '', defaultVisible: false },
  { id: 'identityType', label: 'Identity type', width: 100, value: (r) => r.sourceType ?? '', defaultVisible: false },
  { id: 'changeId', label: 'Change ID', width: 280, value: (r) => r.changeId ?? '', defaultVisible: false },
  { id: 'cycleId', label: 'Cycle ID', width: 280, value: (r) => r.cycleId ?? '', defaultVisible: false },
  { id: 'jobId', label: 'Job ID', width: 280, value: (r) => r.jobId ?? '', defaultVisible: false },
  { id: 'initiatedBy', label: 'Initiated by', width: 200, value: (r) => r.initiatedBy ?? '', defaultVisible: false },
  { id: 'origin', label: 'Origin', width: 80, value: (r) => (r.origin === 'trial' ? 'Trial' : titleCase(r.origin)), defaultVisible: false },
];

export const DEFAULT_VISIBLE_COLUMNS: readonly string[] = LOG_COLUMNS.filter((c) => c.defaultVisible).map((c) => c.id);
