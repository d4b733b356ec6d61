import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { describeUnreadable } from '../../../shared/graph/read-error';
import { type GraphServicePrincipal, servicePrincipalSchema } from '../../../shared/graph/service-principal';
import { synchronizationJobSchema, type SynchronizationJob } from '../../../shared/graph/synchronization';
import { getAll, type GraphClient } from '../graph/graph-client';
import { isGraphError } from '../graph/graph-error';

export const SERVICE_PRINCIPAL_FIELDS = [
  'id', 'appId', 'displayName', 'appDisplayName', 'accountEnabled', 'appRoleAssignmentRequired', 'applicationTemplateId',
  'preferredSingleSignOnMode', 'servicePrincipalType', 'appOwnerOrganizationId', 'publisherName', 'signInAudience', 'homepage', 'notes', 'tags', 'appRoles',
].join(',');

/** `$search` takes a quoted phrase: quotes and backslashes in the admin's text are dropped. */
export function servicePrincipalsPath(search?: string): string {
  const text = search?.replace(/["\\]/g, '').trim();
  return text
    ? `/servicePrincipals?$search="displayName:${encodeURIComponent(text)}"&$count=true&$select=${SERVICE_PRINCIPAL_FIELDS}&$top=999`
    : `/servicePrincipals?$select=${SERVICE_PRINCIPAL_FIELDS}&$top=999`;
}

/** Tenants that own Microsoft's first-party service principals (Microsoft Services, Microsoft corp). */
export const MICROSOFT_APP_OWNER_TENANTS = new Set(['f8cdef31-a31e-4b4a-93e4-5f571e91255a', '72f988bf-86f1-41af-91ab-2d7cd011db47']);

/**
 * Could this service principal have a provisioning job? Only application service principals the
 * tenant added (gallery or non-gallery apps); Microsoft's first-party apps, managed identities and
 * legacy principals cannot, and calling `jobs` on each of a large tenant's 10,000+ would dominate a read.
 */
export function mayProvision(sp: GraphServicePrincipal): boolean {
  if (sp.servicePrincipalType && sp.servicePrincipalType !== 'Application') return false;
  return !(sp.appOwnerOrganizationId && MICROSOFT_APP_OWNER_TENANTS.has(sp.appOwnerOrganizationId.toLowerCase()));
}

/** Parses one Graph object, or throws an AppError naming the resource, the object and the field in words. */
export function readAs<T>(schema: z.ZodType<T>, raw: unknown, resource: string, object: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new AppError('IO_ERROR', describeUnreadable(resource, object, result.error));
}

const nameOf = (raw: unknown): string => {
  const entity = (raw ?? {}) as { displayName?: unknown; id?: unknown };
  return typeof entity.displayName === 'string' ? `"${entity.displayName}"` : typeof entity.id === 'string' ? entity.id : 'without an id';
};

/** Every service principal, read liberally; one that cannot be read at all is reported by `onUnreadable`, not fatal. */
export async function listServicePrincipals(
  graph: GraphClient,
  options: { search?: string | undefined; signal?: AbortSignal | undefined; onUnreadable?: (message: string) => void },
): Promise<GraphServicePrincipal[]> {
  const out: GraphServicePrincipal[] = [];
  for await (const page of graph.pages<unknown>(servicePrincipalsPath(options.search), options.signal ? { signal: options.signal } : {})) {
    for (const item of page) {
      try {
        out.push(readAs(servicePrincipalSchema, item, 'service principal', nameOf(item)));
      } catch (error) {
        if (!options.onUnreadable || !(error instanceof AppError)) throw error;
        options.onUnreadable(error.message);
      }
    }
  }
  return out;
}

export async function getServicePrincipal(graph: GraphClient, id: string, signal?: AbortSignal): Promise<GraphServicePrincipal> {
  const raw = await graph.get<Record<string, unknown>>(`/servicePrincipals/${encodeURIComponent(id)}?$select=${SERVICE_PRINCIPAL_FIELDS}`, signal ? { signal } : {});
  const { '@odata.context': _context, ...entity } = raw;
  return readAs(servicePrincipalSchema, entity, 'service principal', nameOf(entity));
}

/** An app's provisioning jobs; an app whose synchronization Graph does not know (404) has none. */
export async function listJobs(graph: GraphClient, servicePrincipalId: string, signal?: AbortSignal): Promise<SynchronizationJob[]> {
  try {
    const raw = await getAll<unknown>(graph, `/servicePrincipals/${encodeURIComponent(servicePrincipalId)}/synchronization/jobs`, signal ? { signal } : {});
    return raw.map((job) => readAs(synchronizationJobSchema, job, 'synchronization job', `${(job as { id?: unknown }).id ? `"${String((job as { id?: unknown }).id)}"` : 'without an id'}`));
  } catch (error) {
    if (isGraphError(error) && error.status === 404) return [];
    throw error;
  }
}
