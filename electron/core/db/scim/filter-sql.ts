import { leafOf, type ResolvedAttribute } from '../../../../shared/scim/attribute-paths';
import type { CompareOp, FilterValue, ResolvedFilter } from '../../../../shared/scim/filter';
import type { ResourceTypeName } from '../../../../shared/scim/schema/types';
import { badRequest } from '../../../../shared/scim/scim-error';

/** A WHERE fragment with positional parameters; never built from input text (values are bound). */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** Columns that mirror top-level attributes, so `eq` on them is answered by an index. */
const COLUMNS: Record<ResourceTypeName, Record<string, string>> = {
  User: { id: 'r.id', externalId: 'r.external_id', userName: 'r.user_name', displayName: 'r.display_name' },
  Group: { id: 'r.id', externalId: 'r.external_id', displayName: 'r.display_name' },
};
const META_COLUMNS: Record<string, string> = { created: 'r.created', lastModified: 'r.last_modified' };

/** `$."urn:…".name.sub` — every key quoted so URNs with colons are safe. */
export function jsonPath(keys: string[]): string {
  return '$' + keys.map((k) => '.' + JSON.stringify(k)).join('');
}

function valueExpression(type: ResourceTypeName, attr: ResolvedAttribute, params: unknown[], element?: string): string {
  const leaf = leafOf(attr);
  if (element) return attr.sub ? (params.push(jsonPath([leaf.name])), `json_extract(${element}, ?)`) : element;
  if (!attr.extension && attr.schema === null && attr.attribute.name === 'meta') {
    if (attr.sub && META_COLUMNS[attr.sub.name]) return META_COLUMNS[attr.sub.name] as string;
    if (attr.sub?.name === 'resourceType') return `'${type}'`;
    throw badRequest('invalidFilter', `Filtering on meta.${attr.sub?.name ?? ''} is not supported; use meta.created or meta.lastModified.`);
  }
  if (!attr.extension && !attr.sub) {
    const column = COLUMNS[type][attr.attribute.name];
    if (column) return column;
  }
  const keys = attr.extension && attr.schema ? [attr.schema, attr.attribute.name] : [attr.attribute.name];
  params.push(jsonPath(attr.sub ? [...keys, attr.sub.name] : keys));
  return 'json_extract(r.json, ?)';
}

function sqlValue(value: FilterValue): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function compare(expr: string, op: CompareOp, value: FilterValue, caseExact: boolean, type: string, params: unknown[]): string {
  if (value === null) {
    if (op === 'eq') return `${expr} IS NULL`;
    if (op === 'ne') return `${expr} IS NOT NULL`;
    throw badRequest('invalidFilter', `"${op} null" is not meaningful; use "pr" or "eq null".`);
  }
  if (typeof value === 'boolean' && op !== 'eq' && op !== 'ne') throw badRequest('invalidFilter', `"${op}" cannot compare booleans.`);
  const text = typeof value === 'string';
  if (text && (type === 'boolean' || type === 'integer' || type === 'decimal')) {
    throw badRequest('invalidFilter', `The attribute is a ${type}; compare it with an unquoted ${type === 'boolean' ? 'true or false' : 'number'}.`);
  }
  const nocase = text && !caseExact;
  const collate = nocase ? ' COLLATE NOCASE' : '';
  const v = sqlValue(value);
  switch (op) {
    case 'eq':
      params.push(v);
      return `${expr} = ?${collate}`;
    case 'ne':
      params.push(v);
      return `coalesce(${expr} <> ?${collate}, 1)`;
    case 'gt':
    case 'ge':
    case 'lt':
    case 'le':
      params.push(v);
      return `${expr} ${{ gt: '>', ge: '>=', lt: '<', le: '<=' }[op]} ?${collate}`;
    case 'co':
    case 'sw':
    case 'ew': {
      if (!text) throw badRequest('invalidFilter', `"${op}" needs a quoted string value.`);
      const subject = nocase ? `lower(${expr})` : expr;
      const needle = nocase ? 'lower(?)' : '?';
      if (op === 'co') {
        params.push(v);
        return `instr(${subject}, ${needle}) > 0`;
      }
      if (op === 'sw') {
        params.push(v, v);
        return `substr(${subject}, 1, length(?)) = ${needle}`;
      }
      params.push(v, v, v);
      return `(substr(${subject}, -length(?)) = ${needle} OR length(?) = 0)`;
    }
  }
}

/** Membership lives in scim_members: Group.members and User.groups are answered from it. */
function membershipExists(type: ResourceTypeName, attr: ResolvedAttribute, inner: ResolvedFilter, params: unknown[]): string | null {
  if (attr.extension) return null;
  const name = attr.attribute.name;
  let own: string;
  let other: string;
  if (type === 'Group' && name === 'members') [own, other] = ['m.group_id', 'm.member_id'];
  else if (type === 'User' && name === 'groups') [own, other] = ['m.member_id', 'm.group_id'];
  else return null;
  const column = (sub: string) => (sub === 'value' ? other : sub === 'type' ? (name === 'members' ? 'm.member_type' : `'direct'`) : 'NULL');
  const where = translate(type, inner, params, (a) => column(leafOf(a).name));
  return `EXISTS (SELECT 1 FROM scim_members m WHERE ${own} = r.id AND ${where})`;
}

function translate(type: ResourceTypeName, filter: ResolvedFilter, params: unknown[], elementColumn?: (attr: ResolvedAttribute) => string): string {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return '(' + filter.filters.map((f) => translate(type, f, params, elementColumn)).join(filter.kind === 'and' ? ' AND ' : ' OR ') + ')';
    case 'not':
      return `NOT (${translate(type, filter.filter, params, elementColumn)})`;
    case 'present': {
      const expr = elementColumn ? elementColumn(filter.attr) : valueExpression(type, filter.attr, params, undefined);
      return `coalesce(${expr}, '') NOT IN ('', '[]', '{}')`;
    }
    case 'compare': {
      const expr = elementColumn ? elementColumn(filter.attr) : valueExpression(type, filter.attr, params, undefined);
      const leaf = leafOf(filter.attr);
      return compare(expr, filter.op, filter.value, leaf.caseExact, leaf.type, params);
    }
    case 'any': {
      const membership = membershipExists(type, filter.attr, filter.filter, params);
      if (membership) return membership;
      const keys = filter.attr.extension && filter.attr.schema ? [filter.attr.schema, filter.attr.attribute.name] : [filter.attr.attribute.name];
      params.push(jsonPath(keys));
      const inner = translate(type, filter.filter, params, (a) => {
        params.push(jsonPath([leafOf(a).name]));
        return 'json_extract(e.value, ?)';
      });
      return `EXISTS (SELECT 1 FROM json_each(r.json, ?) e WHERE ${inner})`;
    }
  }
}

/** Translates a resolved filter into a parameterized WHERE clause over `r` (scim_users or scim_groups). */
export function filterToSql(type: ResourceTypeName, filter: ResolvedFilter): SqlFragment {
  const params: unknown[] = [];
  const sql = translate(type, filter, params);
  return { sql, params };
}

/** ORDER BY expression for sortBy (multi-valued attributes sort by their first element). */
export function sortExpression(type: ResourceTypeName, attr: ResolvedAttribute): SqlFragment {
  const params: unknown[] = [];
  const leaf = leafOf(attr);
  let expr: string;
  if (attr.attribute.multiValued) {
    const keys = attr.extension && attr.schema ? [attr.schema, attr.attribute.name] : [attr.attribute.name];
    params.push(jsonPath(keys) + '[0].' + JSON.stringify(attr.sub?.name ?? 'value'));
    expr = 'json_extract(r.json, ?)';
  } else {
    expr = valueExpression(type, attr, params);
  }
  const collate = leaf.type === 'string' && !leaf.caseExact ? ' COLLATE NOCASE' : '';
  return { sql: `${expr}${collate}`, params };
}
