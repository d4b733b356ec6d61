import type { OnDemandObjectResult, OnDemandStep, ParseOutcome, ParsedOnDemandResponse } from './types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string that may hold JSON (Entra puts JSON inside strings, sometimes twice). */
function unwrap(value: unknown): { value: unknown; json: boolean } {
  if (typeof value !== 'string') return { value, json: value !== undefined };
  const text = value.trim();
  if (!/^[[{]/.test(text)) return { value, json: false };
  try {
    return { value: JSON.parse(text) as unknown, json: true };
  } catch {
    return { value, json: false };
  }
}

const text = (value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/** A field by name, any case (Entra's own serializers differ in casing). */
function field(object: Json, name: string): unknown {
  if (name in object) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

const isSummary = (value: unknown): value is Json => isObject(value) && field(value, 'result') !== undefined && field(value, 'provisioningSteps') === undefined;
const isDetail = (value: unknown): boolean =>
  Array.isArray(value) || (isObject(value) && ['provisioningSteps', 'statusInfo', 'action', 'modifiedProperties', 'reportableIdentifier'].some((k) => field(value, k) !== undefined));

function readStep(raw: unknown, index: number, warnings: string[]): OnDemandStep | null {
  if (!isObject(raw)) {
    warnings.push(`provisioningSteps[${index}] is not an object, so it was left out.`);
    return null;
  }
  const detailsRaw = unwrap(field(raw, 'details')).value;
  const details: Record<string, string> = {};
  if (isObject(detailsRaw)) for (const [key, value] of Object.entries(detailsRaw)) details[key] = text(value) ?? '';
  // The provisioning log spells the type `provisioningStepType`; accept it too.
  const type = text(field(raw, 'type') ?? field(raw, 'provisioningStepType')) ?? '';
  if (!type) warnings.push(`provisioningSteps[${index}] has no type, so it cannot be placed among Import, Scope, Match and Action.`);
  return {
    name: text(field(raw, 'name')) ?? '',
    type,
    status: text(field(raw, 'status')) ?? '',
    description: text(field(raw, 'description')),
    timestamp: text(field(raw, 'timestamp') ?? field(raw, 'activityDateTime')),
    details,
  };
}

const KNOWN_FIELDS = new Set(
  ['action', 'provisioningAction', 'statusInfo', 'provisioningStatusInfo', 'provisioningSteps', 'modifiedProperties', 'reportableIdentifier', 'sourceIdentity', 'targetIdentity'].map((k) => k.toLowerCase()),
);

function readObject(raw: unknown, where: string, warnings: string[]): OnDemandObjectResult | null {
  const value = unwrap(raw).value;
  if (!isObject(value)) {
    warnings.push(`${where} is not a JSON object, so it was left out.`);
    return null;
  }
  const statusRaw = unwrap(field(value, 'statusInfo') ?? field(value, 'provisioningStatusInfo')).value;
  const status = isObject(statusRaw) ? statusRaw : {};
  // On demand's statusInfo is flat; the log nests the error under errorInformation.
  const errorInfo = isObject(field(status, 'errorInformation')) ? (field(status, 'errorInformation') as Json) : status;
  const stepsRaw = unwrap(field(value, 'provisioningSteps')).value;
  if (stepsRaw !== undefined && !Array.isArray(stepsRaw)) warnings.push(`${where}.provisioningSteps is not a list, so no step could be read.`);
  const steps = Array.isArray(stepsRaw) ? stepsRaw.map((s, i) => readStep(s, i, warnings)).filter((s): s is OnDemandStep => s !== null) : [];
  const modifiedRaw = unwrap(field(value, 'modifiedProperties')).value;
  const modifiedProperties = Array.isArray(modifiedRaw)
    ? modifiedRaw.filter(isObject).map((p) => ({ name: text(field(p, 'displayName') ?? field(p, 'name')) ?? '', oldValue: text(field(p, 'oldValue')), newValue: text(field(p, 'newValue')) }))
    : [];
  const source = unwrap(field(value, 'sourceIdentity')).value;
  const target = unwrap(field(value, 'targetIdentity')).value;
  const extra: Json = {};
  for (const [key, v] of Object.entries(value)) if (!KNOWN_FIELDS.has(key.toLowerCase())) extra[key] = v;
  return {
    action: text(field(value, 'action') ?? field(value, 'provisioningAction')),
    status: text(field(status, 'status')),
    errorCode: text(field(errorInfo, 'errorCode')),
    reason: text(field(errorInfo, 'reason')),
    reportableIdentifier: text(field(value, 'reportableIdentifier')),
    sourceId: isObject(source) ? text(field(source, 'id')) : null,
    sourceType: isObject(source) ? text(field(source, 'type') ?? field(source, 'identityType')) : null,
    targetId: isObject(target) ? text(field(target, 'id')) : null,
    modifiedProperties,
    steps,
    extra,
  };
}

/**
 * Reads Entra's provisionOnDemand answer liberally: both documented shapes (graph-facts §2.7), JSON
 * inside strings, key and value swapped, unknown fields kept. Fails only when nothing useful can be
 * read, and then says what could not be read.
 */
export function parseOnDemandResponse(body: unknown): ParseOutcome {
  const envelope = unwrap(body).value;
  if (!isObject(envelope)) return { ok: false, error: 'Entra\'s answer is not a JSON object with "key" and "value"; nothing could be read.' };
  const keyRaw = field(envelope, 'key');
  const valueRaw = field(envelope, 'value');
  if (keyRaw === undefined && valueRaw === undefined) return { ok: false, error: 'Entra\'s answer has neither "key" nor "value"; nothing could be read.' };
  const key = unwrap(keyRaw);
  const value = unwrap(valueRaw);
  const warnings: string[] = [];

  let summary: Json | null = null;
  let detail: unknown;
  let typeName: string | null = null;
  let swapped = false;
  if (isSummary(key.value) || (!isDetail(key.value) && isDetail(value.value))) {
    if (isSummary(key.value)) summary = key.value;
    else if (typeof key.value === 'string') typeName = key.value;
    detail = value.value;
  } else if (isSummary(value.value) || isDetail(key.value)) {
    swapped = true;
    if (isSummary(value.value)) summary = value.value;
    else if (typeof value.value === 'string') typeName = value.value;
    detail = key.value;
  } else {
    const unread = [keyRaw, valueRaw].some((v) => typeof v === 'string' && /^\s*[[{]/.test(v) && !unwrap(v).json);
    return {
      ok: false,
      error: unread
        ? 'Entra\'s answer holds text that looks like JSON but is not valid JSON, so neither the result nor the steps could be read.'
        : 'Entra\'s answer has no result summary ({"result": …}) and no provisioning steps, so it could not be read.',
    };
  }

  const objects: OnDemandObjectResult[] = [];
  if (Array.isArray(detail)) {
    detail.forEach((item, i) => {
      const object = readObject(item, `value[${i}]`, warnings);
      if (object) objects.push(object);
    });
  } else if (isObject(detail) && Object.keys(detail).length > 0) {
    const object = readObject(detail, 'value', warnings);
    if (object) objects.push(object);
  } else if (detail !== undefined && !isObject(detail)) {
    warnings.push('The part of the answer that should hold the provisioning steps is not JSON, so no step could be read.');
  }

  const resultDetailsRaw = summary ? unwrap(field(summary, 'details')).value : undefined;
  const shape = Array.isArray(detail) ? 'statusInfoArray' : objects.length ? 'summary' : 'summaryOnly';
  const value_: ParsedOnDemandResponse = {
    shape,
    result: summary ? text(field(summary, 'result')) : null,
    resultDetails: isObject(resultDetailsRaw) ? resultDetailsRaw : {},
    typeName,
    swapped,
    objects,
    warnings,
  };
  return { ok: true, value: value_ };
}
