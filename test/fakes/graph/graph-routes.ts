import type { FakeDirectory } from './fake-tenant';
import { transitiveMembers } from './fake-tenant';

type Row = Record<string, unknown>;

export type RouteResult =
  | { kind: 'collection'; items: Row[]; context: string; searchable?: boolean }
  | { kind: 'entity'; item: Row; context: string }
  | { kind: 'missing'; what: string };

interface Route {
  pattern: RegExp;
  resolve: (directory: FakeDirectory, params: string[], query: URLSearchParams) => RouteResult;
}

const missing = (what: string): RouteResult => ({ kind: 'missing', what });
const entity = (item: Row | undefined, context: string, what: string): RouteResult => (item ? { kind: 'entity', item, context } : missing(what));

function groupWithMembers(directory: FakeDirectory, group: Row, expand: string | null): Row {
  return expand === 'members' ? { ...group, members: directory.members.get(String(group.id)) ?? [] } : group;
}

function spById(directory: FakeDirectory, id: string): Row | undefined {
  return directory.servicePrincipals.find((sp) => sp.id === id);
}

/** The Graph v1.0 paths the product reads, served from the indexed snapshot. */
const ROUTES: Route[] = [
  { pattern: /^\/organization$/, resolve: (d) => ({ kind: 'collection', items: [d.organization], context: 'organization' }) },
  // Soft-deleted users are only under deletedItems, as in Graph.
  { pattern: /^\/users$/, resolve: (d) => ({ kind: 'collection', items: d.users.filter((u) => !u.deletedDateTime), context: 'users', searchable: true }) },
  {
    pattern: /^\/users\/([^/]+)$/,
    resolve: (d, [id = '']) => entity(d.users.find((u) => !u.deletedDateTime && (u.id === id || u.userPrincipalName === id)), 'users/$entity', `user ${id}`),
  },
  {
    pattern: /^\/directory\/deletedItems\/microsoft\.graph\.user$/,
    resolve: (d) => ({ kind: 'collection', items: d.users.filter((u) => u.deletedDateTime), context: 'users' }),
  },
  {
    pattern: /^\/groups$/,
    resolve: (d, _p, q) => ({ kind: 'collection', items: d.groups.map((g) => groupWithMembers(d, g, q.get('$expand'))), context: 'groups', searchable: true }),
  },
  { pattern: /^\/groups\/([^/]+)$/, resolve: (d, [id = ''], q) => {
    const group = d.groups.find((g) => g.id === id);
    return entity(group ? groupWithMembers(d, group, q.get('$expand')) : undefined, 'groups/$entity', `group ${id}`);
  } },
  { pattern: /^\/groups\/([^/]+)\/members$/, resolve: (d, [id = '']) => (d.members.has(id) ? { kind: 'collection', items: d.members.get(id) ?? [], context: 'directoryObjects' } : missing(`group ${id}`)) },
  {
    pattern: /^\/groups\/([^/]+)\/transitiveMembers$/,
    resolve: (d, [id = '']) => (d.members.has(id) ? { kind: 'collection', items: transitiveMembers(d, id), context: 'directoryObjects' } : missing(`group ${id}`)),
  },
  { pattern: /^\/servicePrincipals$/, resolve: (d) => ({ kind: 'collection', items: d.servicePrincipals, context: 'servicePrincipals', searchable: true }) },
  {
    pattern: /^\/servicePrincipals\(appId='([^']+)'\)$/,
    resolve: (d, [appId = '']) => entity(d.servicePrincipals.find((sp) => sp.appId === appId), 'servicePrincipals/$entity', `service principal with appId ${appId}`),
  },
  { pattern: /^\/servicePrincipals\/([^/]+)$/, resolve: (d, [id = '']) => entity(spById(d, id), 'servicePrincipals/$entity', `service principal ${id}`) },
  {
    pattern: /^\/servicePrincipals\/([^/]+)\/appRoleAssignedTo$/,
    resolve: (d, [id = '']) => (spById(d, id) ? { kind: 'collection', items: d.assignments.get(id) ?? [], context: `servicePrincipals('${id}')/appRoleAssignedTo` } : missing(`service principal ${id}`)),
  },
  {
    pattern: /^\/servicePrincipals\/([^/]+)\/synchronization\/jobs$/,
    resolve: (d, [id = '']) => (spById(d, id) ? { kind: 'collection', items: d.jobs.get(id) ?? [], context: `servicePrincipals('${id}')/synchronization/jobs` } : missing(`service principal ${id}`)),
  },
  {
    pattern: /^\/servicePrincipals\/([^/]+)\/synchronization\/jobs\/([^/]+)$/,
    resolve: (d, [id = '', jobId = '']) => entity((d.jobs.get(id) ?? []).find((job) => job.id === jobId), 'synchronizationJob/$entity', `job ${jobId}`),
  },
  {
    pattern: /^\/servicePrincipals\/([^/]+)\/synchronization\/jobs\/([^/]+)\/schema$/,
    resolve: (d, [id = '', jobId = '']) => entity(d.schemas.get(`${id}/${jobId}`), 'synchronizationSchema/$entity', `schema of job ${jobId}`),
  },
  {
    pattern: /^\/servicePrincipals\/([^/]+)\/synchronization\/templates$/,
    resolve: (d, [id = '']) => (spById(d, id) ? { kind: 'collection', items: d.templates.get(id) ?? [], context: `servicePrincipals('${id}')/synchronization/templates` } : missing(`service principal ${id}`)),
  },
  {
    pattern: /^\/servicePrincipals\/([^/]+)\/synchronization\/templates\/([^/]+)$/,
    resolve: (d, [id = '', templateId = '']) => entity((d.templates.get(id) ?? []).find((t) => t.id === templateId), 'synchronizationTemplate/$entity', `template ${templateId}`),
  },
  { pattern: /^\/auditLogs\/provisioning$/, resolve: (d) => ({ kind: 'collection', items: d.logs, context: 'auditLogs/provisioning' }) },
];

export function resolveRoute(directory: FakeDirectory, path: string, query: URLSearchParams): RouteResult {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match) return route.resolve(directory, match.slice(1).map((part) => decodeURIComponent(part)), query);
  }
  return missing(`resource ${path}`);
}
