import { ODATA_TYPE_GROUP, ODATA_TYPE_USER, type GraphGroup } from '../../../../shared/graph/group';
import { DEFAULT_ACCESS_ROLE_ID } from '../../../../shared/graph/service-principal';
import type { AttributeMapping } from '../../../../shared/graph/synchronization';
import type { GraphUser } from '../../../../shared/graph/user';
import type { ServicePrincipalSnapshot, SnapshotJob } from '../../../../shared/snapshot/schema';
import { sourceDirectoryOf, type ScimTransport } from '../../../../shared/sync';
import { runForecast, type ForecastInput, type ForecastOutcome } from '../../../../shared/sync/forecast';
import { emptyTargetTransport } from '../../../../shared/sync/forecast-empty-target';
import { sample } from '../../../integration/electron/core/workspace-fixture';

export const NOW = new Date('2026-11-20T12:00:00Z');

/** A user with Entra's usual attributes; `over` replaces any of them. */
export function user(nick: string, over: Partial<Record<keyof GraphUser, unknown>> = {}): GraphUser {
  return {
    id: `id-${nick}`,
    userPrincipalName: `${nick}@contoso.com`,
    displayName: nick,
    givenName: nick,
    surname: 'Test',
    mail: `${nick}@contoso.com`,
    mailNickname: nick,
    accountEnabled: true,
    companyName: 'Contoso Ltd',
    businessPhones: [],
    ...over,
  } as unknown as GraphUser;
}

export function group(name: string | null, members: Array<GraphUser | GraphGroup>, id = `gid-${name ?? 'nameless'}`): GraphGroup {
  return {
    id,
    displayName: name,
    members: members.map((m) => ('userPrincipalName' in m ? { '@odata.type': ODATA_TYPE_USER, id: m.id, displayName: m.displayName } : { '@odata.type': ODATA_TYPE_GROUP, id: m.id, displayName: m.displayName })),
  } as unknown as GraphGroup;
}

export function mapping(target: string, expression: string, matchingPriority = 0): AttributeMapping {
  return { targetAttributeName: target, source: { expression, name: expression, type: 'Function', parameters: [] }, matchingPriority, flowType: 'Always', defaultValue: null, exportMissingReferences: false, flowBehavior: 'FlowWhenChanged' } as unknown as AttributeMapping;
}

export interface TenantOptions {
  users: GraphUser[];
  groups?: GraphGroup[];
  /** Principal ids assigned to the app (users or groups), with Default Access unless `roles` says otherwise. */
  assigned: Array<string | { id: string; roleId: string }>;
  /** The user mapping's attributes (default: Howspace's). */
  userMappings?: AttributeMapping[];
  groupMappings?: AttributeMapping[];
  settings?: Array<{ name: string; value: string }>;
  roles?: Array<{ id: string; value: string; displayName: string }>;
}

/** A purpose-built app: the sample's Howspace job with the given directory, assignments and mappings, scoping filters removed. */
export function tenant(options: TenantOptions): Pick<ForecastInput, 'app' | 'job' | 'directory'> {
  const base = sample().servicePrincipals.find((s) => s.displayName === 'Howspace')!;
  const job = structuredClone(base.synchronization.jobs[0]!) as SnapshotJob;
  const rule = job.schema.synchronizationRules[0]!;
  const [userMapping, groupMapping] = rule.objectMappings;
  userMapping!.scope = null;
  if (options.userMappings) userMapping!.attributeMappings = options.userMappings;
  if (options.groupMappings) groupMapping!.attributeMappings = options.groupMappings;
  if (options.settings) job.synchronizationJobSettings = options.settings;
  const groups = options.groups ?? [];
  const sp: ServicePrincipalSnapshot = {
    ...base,
    appRoles: options.roles ? (options.roles.map((r) => ({ ...r, allowedMemberTypes: ['User'], description: r.displayName, isEnabled: true, origin: 'Application' })) as ServicePrincipalSnapshot['appRoles']) : base.appRoles,
    synchronization: { ...base.synchronization, jobs: [job] },
    appRoleAssignedTo: options.assigned.map((a, i) => {
      const principalId = typeof a === 'string' ? a : a.id;
      const isGroup = groups.some((g) => g.id === principalId);
      return { id: `assignment-${i}`, appRoleId: typeof a === 'string' ? DEFAULT_ACCESS_ROLE_ID : a.roleId, principalId, principalType: isGroup ? 'Group' : 'User', principalDisplayName: principalId, resourceId: base.id, createdDateTime: NOW.toISOString() };
    }) as ServicePrincipalSnapshot['appRoleAssignedTo'],
  };
  return { app: { id: sp.id, appId: sp.appId, displayName: 'Test App' }, job, directory: sourceDirectoryOf(sp, { users: options.users, groups }) };
}

let ids = 0;

export function forecast(app: Pick<ForecastInput, 'app' | 'job' | 'directory'>, extra: { transport?: ScimTransport; dryRun?: boolean; isCancelled?: () => boolean } = {}): Promise<ForecastOutcome> {
  return runForecast(forecastInput(app, extra));
}

export function forecastInput(app: Pick<ForecastInput, 'app' | 'job' | 'directory'>, extra: { transport?: ScimTransport; dryRun?: boolean; isCancelled?: () => boolean } = {}): ForecastInput {
  const transport = extra.transport ?? emptyTargetTransport();
  return {
    ...app,
    transport,
    target: { kind: 'url', baseUrl: transport.baseUrl, profileId: null, name: 'test', targetKind: extra.transport ? 'url' : 'empty' },
    options: { dialect: 'default', dryRun: extra.dryRun ?? false, now: NOW, newId: () => `forecast-${++ids}`, ...(extra.isCancelled ? { isCancelled: extra.isCancelled } : {}) },
  };
}

/** A SCIM service that holds the given users (for matching); writes answer as an empty service does. */
export function targetHolding(resources: Array<Record<string, unknown>>): ScimTransport & { requests: string[] } {
  const empty = emptyTargetTransport('memory://holding/scim/v2');
  const requests: string[] = [];
  return {
    baseUrl: empty.baseUrl,
    requests,
    async send(request) {
      requests.push(`${request.method} ${decodeURIComponent(request.path)}`);
      const filter = /filter=([^&]+)/.exec(request.path);
      if (request.method === 'GET' && filter) {
        const m = /^(\S+) eq "(.*)"$/.exec(decodeURIComponent(filter[1]!));
        const found = m ? resources.filter((r) => String(r[m[1]!] ?? '').toLowerCase() === m[2]!.toLowerCase()) : [];
        return { status: 200, headers: { 'content-type': 'application/scim+json' }, text: JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: found.length, Resources: found, startIndex: 1, itemsPerPage: found.length }) };
      }
      return empty.send(request);
    },
  };
}
