import type { ColumnMap, PropertyField, RecordField, StepField } from './portal-csv-columns';

type Row = Record<string, string>;
type Obj = Record<string, unknown>;

const cell = <F extends string>(row: Row, columns: ColumnMap<F>, field: F): string | null => {
  const header = columns.fields[field];
  const value = header === undefined ? undefined : row[header];
  return value === undefined || value === '' ? null : value;
};

/** Step details in a CSV cell: JSON when it parses, otherwise `key: value` lines, otherwise the text itself. */
function parseDetails(text: string | null): Obj {
  if (!text) return {};
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as Obj;
    } catch {
      /* fall through */
    }
  }
  const details: Obj = {};
  for (const line of trimmed.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) details[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return Object.keys(details).length > 0 ? details : { Details: trimmed };
}

export interface CsvStep {
  position: number;
  step: Obj;
}

export function csvStep(row: Row, columns: ColumnMap<StepField>, ordinal: number): { key: string | null; step: CsvStep } {
  const position = Number(cell(row, columns, 'position'));
  return {
    key: cell(row, columns, 'changeId') ?? cell(row, columns, 'recordId'),
    step: {
      position: Number.isFinite(position) ? position : ordinal,
      step: {
        name: cell(row, columns, 'name') ?? '',
        provisioningStepType: cell(row, columns, 'stepType') ?? 'unknownFutureValue',
        status: cell(row, columns, 'status') ?? 'unknownFutureValue',
        description: cell(row, columns, 'description'),
        details: parseDetails(cell(row, columns, 'details')),
      },
    },
  };
}

export function csvProperty(row: Row, columns: ColumnMap<PropertyField>): { key: string | null; property: Obj } {
  return {
    key: cell(row, columns, 'changeId') ?? cell(row, columns, 'recordId'),
    property: { displayName: cell(row, columns, 'displayName') ?? '', oldValue: cell(row, columns, 'oldValue'), newValue: cell(row, columns, 'newValue') },
  };
}

/** A record of the portal's main CSV, in Graph's v1.0 shape; columns Graph does not have go to `x-pwb-source`. */
export function csvRecord(row: Row, columns: ColumnMap<RecordField>, steps: CsvStep[], properties: Obj[]): Obj {
  const get = (field: RecordField) => cell(row, columns, field);
  const errorCode = get('errorCode');
  const reason = get('reason');
  const duration = get('durationInMilliseconds');
  const record: Obj = {
    id: get('id') ?? get('changeId'),
    activityDateTime: toIso(get('activityDateTime')),
    tenantId: get('tenantId'),
    jobId: get('jobId'),
    cycleId: get('cycleId'),
    changeId: get('changeId'),
    durationInMilliseconds: duration === null ? null : Number(duration),
    provisioningAction: get('provisioningAction'),
    provisioningStatusInfo: {
      status: get('status'),
      errorInformation:
        errorCode || reason
          ? { errorCode, reason, additionalDetails: get('additionalDetails'), errorCategory: get('errorCategory'), recommendedAction: get('recommendedAction') }
          : null,
    },
    provisioningSteps: steps.sort((a, b) => a.position - b.position).map((s) => s.step),
    modifiedProperties: properties,
    initiatedBy: { id: '', displayName: get('initiatedBy'), initiatorType: get('initiatorType')?.toLowerCase() ?? null },
    servicePrincipal: { id: get('servicePrincipalId'), displayName: get('servicePrincipalName') },
    sourceIdentity: { id: get('sourceId'), displayName: get('sourceName'), identityType: get('sourceType'), details: {} },
    targetIdentity: { id: get('targetId'), displayName: get('targetName'), identityType: get('targetType') ?? get('sourceType'), details: {} },
    sourceSystem: { id: get('sourceSystemId'), displayName: get('sourceSystem'), details: {} },
    targetSystem: { id: get('targetSystemId'), displayName: get('targetSystem'), details: {} },
  };
  if (columns.unknown.length > 0) record['x-pwb-source'] = { format: 'portal-csv', ...Object.fromEntries(columns.unknown.map((h) => [h, row[h] ?? null])) };
  return record;
}

/** The portal writes UTC times, sometimes without a zone designator ("2026-11-20 10:15:00"). */
function toIso(value: string | null): string | null {
  if (!value) return null;
  const plain = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value.trim());
  const ms = Date.parse(plain ? value.trim().replace(' ', 'T') + 'Z' : value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
