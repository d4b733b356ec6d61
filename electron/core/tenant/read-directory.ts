import type { DirectoryObjectRef, GraphGroup } from '../../../shared/graph/group';
import { ODATA_TYPE_DIRECTORY_OBJECT, ODATA_TYPE_GROUP, ODATA_TYPE_USER } from '../../../shared/graph/group';
import type { GraphUser } from '../../../shared/graph/user';
import { getAll, type GraphClient } from '../graph/graph-client';
import { isGraphError } from '../graph/graph-error';
import { GROUP_FIELDS, type UserQueryFields } from './source-attributes';

/** Graph allows at most 15 values in an `id in (…)` filter. */
const IN_BATCH = 15;
/** Past this many users, reading the whole user list in pages of 999 costs fewer requests than batches of 15. */
export const READ_ALL_USERS_ABOVE = 1500;
/** Nested groups deeper than this are not walked (and a cycle stops at the first repeat). */
const MAX_NESTING = 10;

type Options = { signal?: AbortSignal | undefined; onRequestDone?: () => void };

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const request = (options: Options) => (options.signal ? { signal: options.signal } : {});
const quoted = (ids: string[]) => ids.map((id) => `'${id.replace(/'/g, "''")}'`).join(',');

/** Direct members of each group, walking nested groups so the workspace can mark their members as nested. */
export async function readGroupTrees(graph: GraphClient, groupIds: string[], options: Options): Promise<Map<string, DirectoryObjectRef[]>> {
  const members = new Map<string, DirectoryObjectRef[]>();
  let level = [...new Set(groupIds)];
  for (let depth = 0; level.length > 0 && depth <= MAX_NESTING; depth += 1) {
    const results = await Promise.all(
      level.map(async (groupId) => {
        const list = await getAll<DirectoryObjectRef>(graph, `/groups/${encodeURIComponent(groupId)}/members?$select=id,displayName,userPrincipalName&$top=999`, request(options));
        options.onRequestDone?.();
        return [groupId, list] as const;
      }),
    );
    const next: string[] = [];
    for (const [groupId, list] of results) {
      // Devices, contacts, service principals and hidden memberships are kept as what they are.
      members.set(groupId, list.map((member) => ({ '@odata.type': member['@odata.type'] || ODATA_TYPE_DIRECTORY_OBJECT, id: member.id, displayName: member.displayName ?? null, ...(member.userPrincipalName ? { userPrincipalName: member.userPrincipalName } : {}) })));
      for (const member of list) if (member['@odata.type'] === ODATA_TYPE_GROUP && !members.has(member.id)) next.push(member.id);
    }
    level = [...new Set(next)].filter((id) => !members.has(id));
  }
  return members;
}

/** The group objects (members come from readGroupTrees; `members` is left empty here). */
export async function readGroups(graph: GraphClient, ids: string[], options: Options): Promise<GraphGroup[]> {
  const pages = await Promise.all(
    batches([...new Set(ids)], IN_BATCH).map(async (batch) => {
      const found = await getAll<GraphGroup>(graph, `/groups?$filter=id in (${quoted(batch)})&$select=${GROUP_FIELDS.join(',')}`, request(options));
      options.onRequestDone?.();
      return found.map((group) => ({ ...group, members: [] }));
    }),
  );
  return pages.flat();
}

/** `$expand` caps a page at 100 objects (Graph's documented limit for users with `$expand=manager`). */
export const EXPAND_PAGE_SIZE = 100;

/** The property a 400 `Request_UnsupportedQuery` names ("Property 'X' does not exist…", "Could not find a property named 'X'…"). */
export function unsupportedPropertyIn(error: unknown): string | undefined {
  if (!isGraphError(error) || error.status !== 400) return undefined;
  const match = /propert(?:y|ies)(?: named)? '([^']+)'/i.exec(error.message);
  return match?.[1];
}

/**
 * The users with the given ids, with the fields the mappings read; many users are read as one paged
 * list. A 400 naming a property of `$select` is retried once without it (`onRejected` records it).
 */
export async function readUsers(graph: GraphClient, ids: string[], fields: UserQueryFields, options: Options & { onRejected?: (property: string) => void }): Promise<GraphUser[]> {
  try {
    return await readUsersOnce(graph, ids, fields, options);
  } catch (error) {
    const property = unsupportedPropertyIn(error);
    const select = fields.select.filter((name) => name.toLowerCase() !== property?.toLowerCase());
    if (!property || select.length === fields.select.length) throw error;
    options.onRejected?.(property);
    return readUsersOnce(graph, ids, { ...fields, select }, options);
  }
}

async function readUsersOnce(graph: GraphClient, ids: string[], fields: UserQueryFields, options: Options): Promise<GraphUser[]> {
  const wanted = new Set(ids);
  // `$expand=manager` takes no nested `$select` on /users, and pages at most 100 objects.
  const query = `$select=${fields.select.join(',')}${fields.expandManager ? '&$expand=manager' : ''}`;
  if (wanted.size > READ_ALL_USERS_ABOVE) {
    const out: GraphUser[] = [];
    for await (const page of graph.pages<GraphUser>(`/users?${query}&$top=${fields.expandManager ? EXPAND_PAGE_SIZE : 999}`, request(options))) {
      options.onRequestDone?.();
      for (const user of page) if (wanted.has(user.id)) out.push(withManagerRef(user));
    }
    return out;
  }
  const pages = await Promise.all(
    batches([...wanted], IN_BATCH).map(async (batch) => {
      const found = await getAll<GraphUser>(graph, `/users?$filter=id in (${quoted(batch)})&${query}`, request(options));
      options.onRequestDone?.();
      return found.map(withManagerRef);
    }),
  );
  return pages.flat();
}

/** Assigned users Graph no longer lists under /users: soft-deleted ones (Entra's IsSoftDeleted) are read from deletedItems. */
export async function readDeletedUsers(graph: GraphClient, ids: string[], fields: UserQueryFields, options: Options): Promise<GraphUser[]> {
  const select = [...new Set([...fields.select, 'deletedDateTime'])].join(',');
  const pages = await Promise.all(
    batches([...new Set(ids)], IN_BATCH).map(async (batch) => {
      const found = await getAll<GraphUser>(graph, `/directory/deletedItems/microsoft.graph.user?$filter=id in (${quoted(batch)})&$select=${select}`, request(options));
      options.onRequestDone?.();
      return found;
    }),
  );
  return pages.flat();
}

/** An expanded manager comes back whole: the workspace keeps its id and name only. */
function withManagerRef(user: GraphUser): GraphUser {
  const manager = user.manager;
  return manager ? { ...user, manager: { id: manager.id, displayName: manager.displayName ?? null } } : user;
}

export function isUserRef(member: DirectoryObjectRef): boolean {
  return member['@odata.type'] === ODATA_TYPE_USER;
}
