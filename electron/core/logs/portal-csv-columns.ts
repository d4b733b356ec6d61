/**
 * The portal's CSV downloads have undocumented headers (graph-facts §3), so columns are matched by
 * meaning: a header is reduced to lower-case letters and digits and looked up among the spellings
 * below (portal labels, dotted Graph paths, and Graph property names all reduce to one of them).
 */
export const normalizeHeader = (header: string): string => header.toLowerCase().replace(/\(utc\)|\[utc\]/g, '').replace(/[^a-z0-9]/g, '');

const RECORD_FIELDS = {
  id: ['id', 'logid', 'recordid', 'provisioningid'],
  activityDateTime: ['date', 'activitydate', 'activitydatetime', 'datetime', 'time', 'timestamp', 'timegenerated'],
  tenantId: ['tenantid', 'aadtenantid'],
  jobId: ['jobid'],
  cycleId: ['cycleid'],
  changeId: ['changeid'],
  durationInMilliseconds: ['duration', 'durationms', 'durationinmilliseconds', 'durationmilliseconds'],
  provisioningAction: ['action', 'provisioningaction'],
  status: ['status', 'provisioningstatus', 'provisioningstatusinfostatus', 'statusinfostatus', 'result'],
  errorCode: ['errorcode', 'provisioningstatusinfoerrorinformationerrorcode', 'errorinformationerrorcode'],
  reason: ['reason', 'errorreason', 'failurereason', 'provisioningstatusinfoerrorinformationreason', 'errorinformationreason', 'statusreason'],
  additionalDetails: ['additionaldetails', 'errordetails', 'provisioningstatusinfoerrorinformationadditionaldetails'],
  errorCategory: ['errorcategory', 'provisioningstatusinfoerrorinformationerrorcategory'],
  recommendedAction: ['recommendedaction', 'provisioningstatusinfoerrorinformationrecommendedaction'],
  initiatedBy: ['initiatedby', 'initiatedbydisplayname', 'initiatedbyname'],
  initiatorType: ['initiatedbytype', 'initiatortype', 'initiatedbyinitiatortype'],
  servicePrincipalId: ['serviceprincipalid', 'serviceprincipalobjectid', 'applicationobjectid'],
  servicePrincipalName: ['serviceprincipalname', 'serviceprincipaldisplayname', 'application', 'applicationname', 'appname', 'app'],
  sourceId: ['sourceid', 'sourceidentityid', 'sourceobjectid'],
  sourceName: ['sourcename', 'sourceidentityname', 'sourceidentitydisplayname', 'sourcedisplayname', 'identity', 'identityname'],
  sourceType: ['sourceidentitytype', 'sourceidentityidentitytype', 'identitytype', 'sourcetype', 'objecttype'],
  targetId: ['targetid', 'targetidentityid', 'targetobjectid'],
  targetName: ['targetname', 'targetidentityname', 'targetidentitydisplayname', 'targetdisplayname'],
  targetType: ['targetidentitytype', 'targetidentityidentitytype', 'targettype'],
  sourceSystem: ['sourcesystem', 'sourcesystemname', 'sourcesystemdisplayname'],
  sourceSystemId: ['sourcesystemid'],
  targetSystem: ['targetsystem', 'targetsystemname', 'targetsystemdisplayname'],
  targetSystemId: ['targetsystemid'],
} as const;

const STEP_FIELDS = {
  changeId: ['changeid'],
  recordId: ['id', 'logid', 'recordid', 'provisioningid'],
  position: ['stepnumber', 'step', 'order', 'index', 'stepindex', 'sequence', 'number'],
  name: ['name', 'stepname', 'provisioningstepname', 'provisioningstepsname'],
  stepType: ['type', 'steptype', 'provisioningsteptype', 'provisioningstepsprovisioningsteptype'],
  status: ['status', 'stepstatus', 'provisioningstepsstatus', 'result'],
  description: ['description', 'stepdescription', 'provisioningstepsdescription'],
  details: ['details', 'stepdetails', 'provisioningstepsdetails'],
} as const;

const PROPERTY_FIELDS = {
  changeId: ['changeid'],
  recordId: ['id', 'logid', 'recordid', 'provisioningid'],
  displayName: ['displayname', 'name', 'property', 'propertyname', 'attribute', 'attributename', 'modifiedpropertiesdisplayname', 'targetattribute'],
  oldValue: ['oldvalue', 'modifiedpropertiesoldvalue', 'previousvalue'],
  newValue: ['newvalue', 'modifiedpropertiesnewvalue', 'value'],
} as const;

export type RecordField = keyof typeof RECORD_FIELDS;
export type StepField = keyof typeof STEP_FIELDS;
export type PropertyField = keyof typeof PROPERTY_FIELDS;

export type ColumnMap<F extends string> = { fields: Partial<Record<F, string>>; unknown: string[] };

function mapColumns<F extends string>(headers: readonly string[], table: Record<F, readonly string[]>): ColumnMap<F> {
  const fields: Partial<Record<F, string>> = {};
  const unknown: string[] = [];
  for (const header of headers) {
    const key = normalizeHeader(header);
    const field = (Object.keys(table) as F[]).find((f) => !fields[f] && table[f].includes(key));
    if (field) fields[field] = header;
    else unknown.push(header);
  }
  return { fields, unknown };
}

export type CsvKind =
  | { kind: 'records'; columns: ColumnMap<RecordField> }
  | { kind: 'steps'; columns: ColumnMap<StepField> }
  | { kind: 'properties'; columns: ColumnMap<PropertyField> }
  | { kind: 'azure-monitor' }
  | { kind: 'unknown'; reason: string };

/** Says which of the portal's three CSV files (or an Azure Monitor export) a header row belongs to. */
export function classifyCsv(headers: readonly string[]): CsvKind {
  const keys = new Set(headers.map(normalizeHeader));
  if (headers.includes('ProvisioningAction') || headers.includes('ResultSignature') || (keys.has('provisioningsteps') && keys.has('timegenerated'))) {
    return { kind: 'azure-monitor' };
  }
  const properties = mapColumns(headers, PROPERTY_FIELDS);
  if (properties.fields.changeId && (properties.fields.oldValue || keys.has('oldvalue') || keys.has('modifiedpropertiesoldvalue'))) return { kind: 'properties', columns: properties };
  const records = mapColumns(headers, RECORD_FIELDS);
  const steps = mapColumns(headers, STEP_FIELDS);
  const looksLikeSteps = steps.fields.changeId && (steps.fields.stepType || keys.has('stepname') || keys.has('provisioningstepname')) && !records.fields.provisioningAction;
  if (looksLikeSteps) return { kind: 'steps', columns: steps };
  if (records.fields.activityDateTime && records.fields.status && (records.fields.id || records.fields.changeId)) return { kind: 'records', columns: records };
  return {
    kind: 'unknown',
    reason: `a CSV file whose columns (${headers.slice(0, 8).join(', ')}${headers.length > 8 ? ', …' : ''}) are not those of a provisioning-log download`,
  };
}
