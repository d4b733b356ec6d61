import { leafOf, type ResolvedAttribute } from './attribute-paths';
import { coerceValue, isPlainObject } from './coerce';
import { matchesElement, templateOf } from './match-element';
import { parsePatchPath, type PatchPath } from './patch-path';
import type { ResourceProfile } from './schema/types';
import { memberIds, type StoredResource } from './resource-input';
import { badRequest } from './scim-error';

export type PatchOpName = 'add' | 'replace' | 'remove';

/** Membership changes a PATCH asks for, applied in order by the store (members live in their own table). */
export type MemberChange = { kind: 'add' | 'remove'; ids: string[] } | { kind: 'clear' };

export interface PatchResult {
  resource: StoredResource;
  members: MemberChange[];
}

const MAX_OPERATIONS = 1000;

function opName(raw: unknown): PatchOpName {
  const lower = typeof raw === 'string' ? raw.toLowerCase() : '';
  if (lower === 'add' || lower === 'replace' || lower === 'remove') return lower;
  throw badRequest('invalidSyntax', `PATCH op must be "add", "replace" or "remove" (any case), not ${JSON.stringify(raw)}.`);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (isPlainObject(value) && Object.keys(value).length === 0);
}

/** The object that holds an attribute: the resource, or its extension object (created on demand). */
function container(doc: StoredResource, attr: ResolvedAttribute, create: boolean): Record<string, unknown> | undefined {
  if (!attr.extension || !attr.schema) return doc;
  const existing = doc[attr.schema];
  if (isPlainObject(existing)) return existing;
  if (!create) return undefined;
  const made: Record<string, unknown> = {};
  doc[attr.schema] = made;
  return made;
}

function checkMutability(attr: ResolvedAttribute, path: string): void {
  const leaf = leafOf(attr);
  if (attr.attribute.mutability === 'readOnly' || leaf.mutability === 'readOnly' || attr.attribute.name === 'id') {
    throw badRequest('mutability', `"${path}" is read-only and cannot be changed.`);
  }
}

function sameElement(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Applies one operation on a resolved path to the stored document. */
function applyPath(doc: StoredResource, op: PatchOpName, path: PatchPath, value: unknown, raw: string, members: MemberChange[]): void {
  const attr = path.attr;
  checkMutability(path.subAfterFilter ?? attr, raw);
  const name = attr.attribute.name;

  if (name === 'members' && !attr.extension && attr.schema !== null && !attr.sub) {
    applyMembers(op, path, value, raw, members);
    return;
  }

  const holder = container(doc, attr, op !== 'remove');
  if (!holder) return;

  if (path.filter) {
    const elements = Array.isArray(holder[name]) ? [...(holder[name] as unknown[])] : [];
    const all = elements.map((e, i) => (matchesElement(path.filter!, e) ? i : -1)).filter((i) => i >= 0);
    // RFC 7643 allows several elements of one type: remove removes every match, add and replace change one.
    const matched = op === 'remove' ? all : targetOf(elements, all);
    const sub = path.subAfterFilter?.sub;
    if (op === 'remove') {
      if (sub) {
        for (const i of matched) {
          const copy = { ...(elements[i] as Record<string, unknown>) };
          delete copy[sub.name];
          elements[i] = copy;
        }
        holder[name] = elements.filter((e, i) => !(matched.includes(i) && isPlainObject(e) && e.value === undefined));
      } else {
        holder[name] = elements.filter((_, i) => !matched.includes(i));
      }
    } else {
      const coerced = sub ? coerceValue(sub, value, raw) : coerceValue(attr.attribute, value, raw, { skipMultiValued: true });
      if (matched.length === 0) {
        const template = templateOf(path.filter);
        if (!template) throw badRequest('noTarget', `No element matches "${raw}" and its filter does not say how to create one (use eq conditions only).`);
        if (coerced !== undefined) elements.push(sub ? { ...template, [sub.name]: coerced } : { ...template, ...(coerced as object) });
      } else {
        for (const i of matched) {
          const current = elements[i] as Record<string, unknown>;
          if (sub) {
            const copy = { ...current };
            if (coerced === undefined) delete copy[sub.name];
            else copy[sub.name] = coerced;
            elements[i] = copy;
          } else {
            elements[i] = { ...current, ...(coerced as object) };
          }
        }
      }
      holder[name] = elements;
    }
    if ((holder[name] as unknown[]).length === 0) delete holder[name];
    tidy(doc, attr);
    return;
  }

  if (attr.sub) {
    // name.familyName, manager.value: a sub-attribute of a single-valued complex attribute.
    if (attr.attribute.multiValued) {
      applyMultiValuedSub(holder, op, attr, value, raw);
    } else if (op === 'remove') {
      const parent = holder[name];
      if (isPlainObject(parent)) {
        const copy = { ...parent };
        delete copy[attr.sub.name];
        if (Object.keys(copy).length === 0) delete holder[name];
        else holder[name] = copy;
      }
    } else {
      const coerced = coerceValue(attr.sub, value, raw);
      const parent = isPlainObject(holder[name]) ? { ...(holder[name] as object) } : {};
      if (coerced === undefined) delete (parent as Record<string, unknown>)[attr.sub.name];
      else (parent as Record<string, unknown>)[attr.sub.name] = coerced;
      if (Object.keys(parent).length === 0) delete holder[name];
      else holder[name] = parent;
    }
    tidy(doc, attr);
    return;
  }

  const definition = attr.attribute;
  if (op === 'remove') {
    if (definition.multiValued && value !== undefined && value !== null) {
      // Entra's non-RFC form: remove the listed elements (matched on `value`).
      const ids = new Set(memberIds(value, raw));
      const remaining = (Array.isArray(holder[name]) ? (holder[name] as unknown[]) : []).filter((e) => !(isPlainObject(e) && ids.has(String(e.value))));
      if (remaining.length === 0) delete holder[name];
      else holder[name] = remaining;
    } else {
      delete holder[name];
    }
  } else if (definition.multiValued) {
    const incoming = coerceValue(definition, value, raw) as unknown[] | undefined;
    const existing = op === 'add' && Array.isArray(holder[name]) ? (holder[name] as unknown[]) : [];
    const merged = [...existing];
    for (const item of incoming ?? []) if (!merged.some((e) => sameElement(e, item))) merged.push(item);
    if (merged.length === 0) delete holder[name];
    else holder[name] = merged;
  } else if (isEmpty(value)) {
    // The Logic App variant clears by replacing with an empty value.
    delete holder[name];
  } else {
    const coerced = coerceValue(definition, Array.isArray(value) && definition.type === 'complex' ? value[0] : value, raw);
    if (coerced === undefined) delete holder[name];
    else holder[name] = definition.type === 'complex' && isPlainObject(holder[name]) && op === 'add' ? { ...(holder[name] as object), ...(coerced as object) } : coerced;
  }
  tidy(doc, attr);
}

/** Of the matching elements, the one an add or replace changes: the primary one, else the first. */
function targetOf(elements: readonly unknown[], matched: readonly number[]): number[] {
  if (matched.length <= 1) return [...matched];
  const primary = matched.find((i) => {
    const e = elements[i];
    return isPlainObject(e) && (e.primary === true || (typeof e.primary === 'string' && e.primary.toLowerCase() === 'true'));
  });
  return [primary ?? (matched[0] as number)];
}

function applyMultiValuedSub(holder: Record<string, unknown>, op: PatchOpName, attr: ResolvedAttribute, value: unknown, raw: string): void {
  // emails.value without a filter: applies to every element (RFC 7644 §3.5.2.3).
  const name = attr.attribute.name;
  const sub = attr.sub!;
  const elements = Array.isArray(holder[name]) ? (holder[name] as Array<Record<string, unknown>>) : [];
  if (elements.length === 0 && op !== 'remove') throw badRequest('noTarget', `"${raw}" names a sub-attribute of ${name}, which has no elements.`);
  const coerced = op === 'remove' ? undefined : coerceValue(sub, value, raw);
  holder[name] = elements.map((e) => {
    const copy = { ...e };
    if (coerced === undefined) delete copy[sub.name];
    else copy[sub.name] = coerced;
    return copy;
  });
}

function applyMembers(op: PatchOpName, path: PatchPath, value: unknown, raw: string, members: MemberChange[]): void {
  if (path.filter) {
    if (op !== 'remove') throw badRequest('invalidPath', `"${raw}": use op "add" with path "members" to add members.`);
    const ids = idsOfMemberFilter(path);
    if (!ids) throw badRequest('invalidPath', `"${raw}": members can be selected only with value eq "<id>" (joined with or).`);
    members.push({ kind: 'remove', ids });
    return;
  }
  if (op === 'remove') {
    const ids = memberIds(value, raw);
    members.push(value === undefined || value === null ? { kind: 'clear' } : { kind: 'remove', ids });
    return;
  }
  if (op === 'replace') members.push({ kind: 'clear' });
  members.push({ kind: 'add', ids: memberIds(value, raw) });
}

function idsOfMemberFilter(path: PatchPath): string[] | null {
  const collect = (f: NonNullable<PatchPath['filter']>): string[] | null => {
    if (f.kind === 'compare' && f.op === 'eq' && leafOf(f.attr).name === 'value' && typeof f.value === 'string') return [f.value];
    if (f.kind === 'or') {
      const all: string[] = [];
      for (const inner of f.filters) {
        const ids = collect(inner);
        if (!ids) return null;
        all.push(...ids);
      }
      return all;
    }
    return null;
  };
  return path.filter ? collect(path.filter) : null;
}

/** Drops an extension object left empty by a remove. */
function tidy(doc: StoredResource, attr: ResolvedAttribute): void {
  if (attr.extension && attr.schema && isPlainObject(doc[attr.schema]) && Object.keys(doc[attr.schema] as object).length === 0) delete doc[attr.schema];
}

/** A no-path add/replace: every key of the value object is itself a path (Entra's flag dialect, the SCIM Validator). */
function applyDictionary(resource: ResourceProfile, doc: StoredResource, op: PatchOpName, value: unknown, members: MemberChange[], prefix = ''): void {
  if (!isPlainObject(value)) throw badRequest('invalidValue', `A PATCH "${op}" without a path needs an object value whose keys are attribute paths.`);
  for (const [key, inner] of Object.entries(value)) {
    const lower = key.toLowerCase();
    if (!prefix && (lower === 'schemas' || lower === 'meta' || lower === 'id')) continue;
    const parsed = parsePatchPath(resource, prefix + key);
    if ('attr' in parsed) applyPath(doc, op, parsed, inner, prefix + key, members);
    else applyDictionary(resource, doc, op, inner, members, `${parsed.extensionOnly}:`);
  }
}

/**
 * Applies a PatchOp request body (RFC 7644 §3.5.2) to a stored resource, accepting both of Entra's
 * dialects: op names in any case, "True"/"False" strings, no-path dictionaries, filtered paths that
 * create missing elements, extension URN paths, manager as object or bare id, member value arrays on
 * remove and `members[value eq "…"]`. The input is not modified.
 */
export function applyPatch(resource: ResourceProfile, current: StoredResource, body: unknown): PatchResult {
  if (!isPlainObject(body)) throw badRequest('invalidSyntax', 'The PATCH body must be a JSON object (a PatchOp message).');
  const operations = Object.entries(body).find(([key]) => key.toLowerCase() === 'operations')?.[1];
  if (!Array.isArray(operations) || operations.length === 0) throw badRequest('invalidSyntax', 'The PATCH body needs a non-empty "Operations" array.');
  if (operations.length > MAX_OPERATIONS) throw badRequest('tooMany', `A PATCH may carry at most ${MAX_OPERATIONS} operations.`);
  const doc = JSON.parse(JSON.stringify(current)) as StoredResource;
  const members: MemberChange[] = [];
  operations.forEach((operation, index) => {
    if (!isPlainObject(operation)) throw badRequest('invalidSyntax', `Operations[${index}] must be an object.`);
    const get = (name: string) => Object.entries(operation).find(([key]) => key.toLowerCase() === name)?.[1];
    const op = opName(get('op'));
    const path = get('path');
    const value = get('value');
    if (path === undefined || path === null || path === '') {
      if (op === 'remove') throw badRequest('noTarget', `Operations[${index}]: "remove" needs a path.`);
      applyDictionary(resource, doc, op, value, members);
      return;
    }
    if (typeof path !== 'string') throw badRequest('invalidPath', `Operations[${index}].path must be a string.`);
    const parsed = parsePatchPath(resource, path);
    if ('attr' in parsed) {
      if (op !== 'remove' && value === undefined) throw badRequest('invalidValue', `Operations[${index}] ("${op}" ${path}) needs a value.`);
      applyPath(doc, op, parsed, value, path, members);
    } else if (op === 'remove') {
      delete doc[parsed.extensionOnly];
    } else {
      applyDictionary(resource, doc, op, value, members, `${parsed.extensionOnly}:`);
    }
  });
  return { resource: doc, members };
}
