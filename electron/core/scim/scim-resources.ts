import { randomUUID } from 'node:crypto';
import { compileFilter } from '../../../shared/scim/filter';
import { requireAttribute } from '../../../shared/scim/attribute-paths';
import { MAX_RESULTS } from '../../../shared/scim/discovery';
import { applyPatch, type MemberChange } from '../../../shared/scim/patch';
import type { ResourceTypeName, VendorProfile } from '../../../shared/scim/schema/types';
import { excludesMembers, project } from '../../../shared/scim/projection';
import { checkResource, membersOfBody, sanitizeResource, type StoredResource } from '../../../shared/scim/resource-input';
import { LIST_RESPONSE_SCHEMA } from '../../../shared/scim/schemas';
import { badRequest, notFound, ScimError } from '../../../shared/scim/scim-error';
import { filterToSql, sortExpression } from '../db/scim/filter-sql';
import { isUniqueViolation, type ResourceRepository, type ResourceRow } from '../db/scim/repositories/resources';
import type { ScimStore } from '../db/scim/scim-store';
import { etagOf, resourceView, type Json } from './resource-view';

export interface ListParams {
  filter?: string | null;
  sortBy?: string | null;
  sortOrder?: string | null;
  startIndex?: string | number | null;
  count?: string | number | null;
  attributes?: string | null;
  excludedAttributes?: string | null;
}

export interface Projection {
  attributes?: string | null;
  excludedAttributes?: string | null;
}

/** What a write returns: the resource (projected), its ETag, its location. */
export interface WriteResult {
  resource: Json;
  etag: string;
  location: string;
}

export const DEFAULT_COUNT = 100;

/**
 * startIndex/count: what is not a number falls back to the default (as before), a number too large to
 * be exact (2^53 and beyond) answers 400 instead of reaching SQLite.
 */
function intParam(name: string, value: string | number | null | undefined, fallback: number): number {
  if (value === null || value === undefined || value === '') return fallback;
  const number = typeof value === 'number' ? value : Number(value.trim());
  const n = Number.isNaN(number) && typeof value === 'string' ? Number.parseInt(value, 10) : Math.trunc(number);
  if (Number.isNaN(n)) return fallback;
  if (!Number.isSafeInteger(n)) throw badRequest('invalidValue', `"${name}" ${String(value)} is out of range: use a whole number below 2^53.`);
  return n;
}

/** If-Match (RFC 7644 §3.14): `*` or one of the listed ETags must match the current version. */
export function checkIfMatch(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined) return;
  const wanted = ifMatch.split(',').map((t) => t.trim());
  const current = etagOf(version);
  if (wanted.includes('*') || wanted.some((t) => t === current || t === current.slice(2))) return;
  throw new ScimError(412, `The resource has changed (its version is ${current}, the request's If-Match is ${ifMatch}). Fetch it again and retry.`);
}

/**
 * The SCIM operations on Users and Groups over the store, with the active vendor profile's schema and
 * behaviours. Every method is synchronous and runs its writes in one transaction, so requests are
 * atomic even when many arrive at once.
 */
export class ScimResources {
  constructor(
    private readonly store: ScimStore,
    private readonly profile: VendorProfile,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private repo(type: ResourceTypeName): ResourceRepository {
    return type === 'User' ? this.store.users : this.store.groups;
  }

  private view(type: ResourceTypeName, row: ResourceRow, baseUrl: string, projection: Projection = {}): Json {
    const members = type === 'Group' && !excludesMembers(projection.attributes, projection.excludedAttributes);
    const full = resourceView(this.store, this.profile, type, row, baseUrl, { members });
    return project(this.profile.resources[type], full, projection.attributes, projection.excludedAttributes);
  }

  private mustGet(type: ResourceTypeName, id: string): ResourceRow {
    const row = this.repo(type).get(id);
    if (!row) throw notFound(`No ${type} with id "${id}".`);
    return row;
  }

  list(type: ResourceTypeName, params: ListParams, baseUrl: string): Json {
    const resource = this.profile.resources[type];
    const where = params.filter ? filterToSql(type, compileFilter(resource, params.filter)) : undefined;
    const startIndex = Math.max(1, intParam('startIndex', params.startIndex, 1));
    const count = Math.min(MAX_RESULTS, Math.max(0, intParam('count', params.count, DEFAULT_COUNT)));
    let order;
    if (params.sortBy) {
      const attr = requireAttribute(resource, params.sortBy, 'invalidFilter');
      order = { ...sortExpression(type, attr), descending: (params.sortOrder ?? '').toLowerCase() === 'descending' };
    }
    const repo = this.repo(type);
    const rows = count === 0 ? [] : repo.list({ ...(where ? { where } : {}), ...(order ? { order } : {}), offset: startIndex - 1, limit: count });
    // A first page that is not full already holds every match (the common `eq` lookup): no COUNT query needed.
    const totalResults = startIndex === 1 && rows.length < count ? rows.length : repo.count(where);
    return {
      schemas: [LIST_RESPONSE_SCHEMA],
      totalResults,
      Resources: rows.map((row) => this.view(type, row, baseUrl, params)),
      startIndex,
      itemsPerPage: rows.length,
    };
  }

  get(type: ResourceTypeName, id: string, baseUrl: string, projection: Projection = {}): { resource: Json; etag: string } {
    const row = this.mustGet(type, id);
    return { resource: this.view(type, row, baseUrl, projection), etag: etagOf(row.version) };
  }

  private fields(type: ResourceTypeName, id: string, doc: StoredResource, former = false) {
    return {
      id,
      externalId: typeof doc.externalId === 'string' ? doc.externalId : null,
      displayName: typeof doc.displayName === 'string' ? doc.displayName : null,
      json: JSON.stringify(doc),
      now: this.now().toISOString(),
      ...(type === 'User' ? { userName: String(doc.userName), active: typeof doc.active === 'boolean' ? doc.active : null, former: former && doc.active === false } : {}),
    };
  }

  private conflict(type: ResourceTypeName, doc: StoredResource): ScimError {
    return type === 'User'
      ? new ScimError(409, `A user with userName "${String(doc.userName)}" already exists (userName is unique, compared without case).`, 'uniqueness')
      : new ScimError(409, `A group with displayName "${String(doc.displayName)}" already exists (displayName is unique, compared without case).`, 'uniqueness');
  }

  private write(type: ResourceTypeName, docOf: () => StoredResource, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      if (isUniqueViolation(error)) throw this.conflict(type, docOf());
      throw error;
    }
  }

  private result(type: ResourceTypeName, id: string, baseUrl: string, projection: Projection): WriteResult {
    const row = this.mustGet(type, id);
    return { resource: this.view(type, row, baseUrl, projection), etag: etagOf(row.version), location: `${baseUrl}/${type === 'User' ? 'Users' : 'Groups'}/${id}` };
  }

  create(type: ResourceTypeName, body: unknown, baseUrl: string, projection: Projection = {}): WriteResult {
    const resource = this.profile.resources[type];
    const doc = sanitizeResource(resource, body);
    checkResource(this.profile, resource, doc);
    const members = type === 'Group' ? membersOfBody(body) : undefined;
    const id = randomUUID();
    this.write(type, () => doc, () =>
      this.store.transaction(() => {
        this.repo(type).insert(this.fields(type, id, doc));
        if (members && members.length > 0) this.applyMembers(id, [{ kind: 'add', ids: members }]);
      }),
    );
    return this.result(type, id, baseUrl, projection);
  }

  replace(type: ResourceTypeName, id: string, body: unknown, baseUrl: string, ifMatch?: string, projection: Projection = {}): WriteResult {
    const resource = this.profile.resources[type];
    const doc = sanitizeResource(resource, body);
    checkResource(this.profile, resource, doc);
    const members = type === 'Group' ? (membersOfBody(body) ?? []) : undefined;
    this.write(type, () => doc, () =>
      this.store.transaction(() => {
        const row = this.mustGet(type, id);
        checkIfMatch(ifMatch, row.version);
        this.repo(type).update(this.fields(type, id, doc, Boolean(row.former)));
        if (members) this.applyMembers(id, [{ kind: 'clear' }, { kind: 'add', ids: members }]);
      }),
    );
    return this.result(type, id, baseUrl, projection);
  }

  /** PATCH: users answer 200 with the resource, groups 204 (Entra's preference for membership updates). */
  patch(type: ResourceTypeName, id: string, body: unknown, baseUrl: string, ifMatch?: string, projection: Projection = {}): WriteResult | null {
    const resource = this.profile.resources[type];
    let doc: StoredResource = {};
    this.write(type, () => doc, () =>
      this.store.transaction(() => {
        const row = this.mustGet(type, id);
        checkIfMatch(ifMatch, row.version);
        const patched = applyPatch(resource, JSON.parse(row.json) as StoredResource, body);
        doc = sanitizeResource(resource, patched.resource);
        checkResource(this.profile, resource, doc);
        this.repo(type).update(this.fields(type, id, doc, Boolean(row.former)));
        this.applyMembers(id, patched.members);
      }),
    );
    return type === 'Group' ? null : this.result(type, id, baseUrl, projection);
  }

  delete(type: ResourceTypeName, id: string, ifMatch?: string): void {
    this.store.transaction(() => {
      const row = this.mustGet(type, id);
      checkIfMatch(ifMatch, row.version);
      if (type === 'User' && this.profile.behaviours.deleteMarksFormer) {
        const doc = { ...(JSON.parse(row.json) as StoredResource), active: false };
        this.store.users.update(this.fields('User', id, doc, true));
        return;
      }
      this.repo(type).delete(id);
      this.store.members.removeMemberEverywhere(id);
    });
  }

  /**
 * Member ids name an existing user (or group, unless the profile allows users only); an id the store
 * does not know is kept as a user member unless the profile has referential integrity.
 */
  private applyMembers(groupId: string, changes: readonly MemberChange[]): void {
    if (changes.length === 0) return;
    for (const change of changes) {
      if (change.kind === 'clear') this.store.members.clear(groupId);
      else if (change.kind === 'remove') this.store.members.remove(groupId, change.ids);
      else this.store.members.add(groupId, change.ids.map((memberId) => ({ id: memberId, type: this.memberType(groupId, memberId) })));
    }
    this.store.groups.touch(groupId, this.now().toISOString());
  }

  private memberType(groupId: string, memberId: string): 'User' | 'Group' {
    if (this.store.users.get(memberId)) return 'User';
    if (this.store.groups.get(memberId)) {
      if (this.profile.behaviours.groupMembersUsersOnly) throw badRequest('invalidValue', `${this.profile.displayName} groups hold users only; "${memberId}" is a group.`);
      if (memberId === groupId) throw badRequest('invalidValue', 'A group cannot be a member of itself.');
      return 'Group';
    }
    if (!this.profile.behaviours.memberReferentialIntegrity) return 'User';
    throw badRequest('invalidValue', `Cannot add member "${memberId}": no User or Group has that id.`);
  }
}
