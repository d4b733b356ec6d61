import { PATCH_OP_SCHEMA } from '../scim/schemas';
import type { Dialect } from './types';

/** One attribute an update changes. */
export interface AttributeChange {
  path: string;
  value: unknown;
  /** The target already has a value there: Replace; otherwise Add (scim-entra §4.12 item 37). */
  hadValue: boolean;
}

export interface PatchOperation {
  op: string;
  path?: string;
  value?: unknown;
}

export interface PatchBody {
  schemas: string[];
  Operations: PatchOperation[];
}

const FILTERED_PATH = /\[[^\]]*\]/;

/** Booleans in the default dialect go out as the strings "True"/"False" (scim-entra §4.5 item 19); the flag sends JSON booleans. */
function dialectValue(value: unknown, dialect: Dialect): unknown {
  if (dialect === 'default' && typeof value === 'boolean') return value ? 'True' : 'False';
  return value;
}

/**
 * The PATCH an update sends, in Entra's dialect (scim-entra §4.4, §4.10):
 * - default: one operation per changed attribute, op names capitalised ("Add" / "Replace");
 * - `aadOptscim062020`: lower-case ops; filtered multi-valued paths keep one operation each, and the
 *   other attributes travel in one no-path `replace` whose value maps paths to values (one attribute
 *   alone keeps its path).
 */
export function buildPatch(changes: readonly AttributeChange[], dialect: Dialect): PatchBody {
  const operations: PatchOperation[] = [];
  if (dialect === 'default') {
    for (const change of changes) operations.push({ op: change.hadValue ? 'Replace' : 'Add', path: change.path, value: dialectValue(change.value, dialect) });
    return { schemas: [PATCH_OP_SCHEMA], Operations: operations };
  }
  const plain = changes.filter((c) => !FILTERED_PATH.test(c.path));
  for (const change of changes) {
    if (FILTERED_PATH.test(change.path)) operations.push({ op: change.hadValue ? 'replace' : 'add', path: change.path, value: change.value });
  }
  if (plain.length === 1) {
    const only = plain[0]!;
    operations.push({ op: only.hadValue ? 'replace' : 'add', path: only.path, value: only.value });
  } else if (plain.length > 1) {
    operations.push({ op: 'replace', value: Object.fromEntries(plain.map((c) => [c.path, c.value])) });
  }
  return { schemas: [PATCH_OP_SCHEMA], Operations: operations };
}

/** The `active` change that disables or re-enables a user (§4.5 item 19): "Replace" + "False" by default, "replace" + false with the flag. */
export function buildActivePatch(active: boolean, dialect: Dialect): PatchBody {
  return buildPatch([{ path: 'active', value: active, hadValue: true }], dialect);
}

/** Adds members by target id (§4.7 item 25): several per operation, `$ref` null as Entra sends it. */
export function buildMemberAdd(targetIds: readonly string[], dialect: Dialect): PatchBody {
  return {
    schemas: [PATCH_OP_SCHEMA],
    Operations: [{ op: dialect === 'default' ? 'Add' : 'add', path: 'members', value: targetIds.map((id) => ({ $ref: null, value: id })) }],
  };
}

/** Removes members (§4.7 item 26): a value array by default; one filtered path per member with the flag. */
export function buildMemberRemove(targetIds: readonly string[], dialect: Dialect): PatchBody {
  if (dialect === 'default') {
    return { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'Remove', path: 'members', value: targetIds.map((id) => ({ $ref: null, value: id })) }] };
  }
  return { schemas: [PATCH_OP_SCHEMA], Operations: targetIds.map((id) => ({ op: 'remove', path: `members[value eq "${id}"]` })) };
}
