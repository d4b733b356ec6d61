import { type GraphServicePrincipal, servicePrincipalSchema } from '../../../shared/graph/service-principal';
import type { SynchronizationJob } from '../../../shared/graph/synchronization';
import { getAll, type GraphClient } from '../graph/graph-client';
import { isGraphError } from '../graph/graph-error';

export const SERVICE_PRINCIPAL_FIELDS = [
  'id', 'appId', 'displayName', 'appDisplayName', 'accountEnabled', 'appRoleAssignmentRequired', 'applicationTemplateId',
  'preferredSingleSignOnMode', 'servicePrincipalType', 'publisherName', 'signInAudience', 'homepage', 'notes', 'tags', 'appRoles',
].join(',');

/** `$search` takes a quoted phrase: quotes and backslashes in the admin's text are dropped. */
export function servicePrincipalsPath(search?: string): string {
  const text = search?.replace(/["\\]/g, '').trim();
  return text
    ? `/servicePrincipals?$search="displayName:${encodeURIComponent(text)}"&$count=true&$select=${SERVICE_PRINCIPAL_FIELDS}&$top=999`
    : `/servicePrincipals?$select=${SERVICE_PRINCIPAL_FIELDS}&$top=999`;
}

export async function listServicePrincipals(graph: GraphClient, options: { search?: string | undefined; signal?: AbortSignal | undefined }): Promise<GraphServicePrincipal[]> {
  const raw = await getAll<unknown>(graph, servicePrincipalsPath(options.search), options.signal ? { signal: options.signal } : {});
  return raw.map((item) => servicePrincipalSchema.parse(item));
}

export async function getServicePrincipal(graph: GraphClient, id: string, signal?: AbortSignal): Promise<GraphServicePrincipal> {
  const raw = await graph.get<Record<string, unknown>>(`/servicePrincipals/${encodeURIComponent(id)}?$select=${SERVICE_PRINCIPAL_FIELDS}`, signal ? { signal } : {});
  const { '@odata.context': _context, ...entity } = raw;
  return servicePrincipalSchema.parse(entity);
}

/** An app's provisioning jobs; an app whose synchronization Graph does not know (404) has none. */
export async function listJobs(graph: GraphClient, servicePrincipalId: string, signal?: AbortSignal): Promise<SynchronizationJob[]> {
  try {
    return await getAll<SynchronizationJob>(graph, `/servicePrincipals/${encodeURIComponent(servicePrincipalId)}/synchronization/jobs`, signal ? { signal } : {});
  } catch (error) {
    if (isGraphError(error) && error.status === 404) return [];
    throw error;
  }
}
