import { profileSchemas, resourceTypeJson, schemaJson, serviceProviderConfigJson } from '../../../../shared/scim/discovery';
import type { ResourceTypeName, VendorProfile } from '../../../../shared/scim/schema/types';
import { LIST_RESPONSE_SCHEMA } from '../../../../shared/scim/schemas';
import { badRequest, notFound, ScimError } from '../../../../shared/scim/scim-error';
import type { ScimResources } from '../scim-resources';

export interface ScimRequest {
  method: string;
  /** Path segments after the base path, e.g. ['Users', '<id>']. */
  segments: string[];
  query: URLSearchParams;
  /** Parsed JSON body (undefined when there is none). */
  body: unknown;
  ifMatch?: string;
  ifNoneMatch?: string;
  baseUrl: string;
}

export interface ScimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const RESOURCE_PATHS: Record<string, ResourceTypeName> = { users: 'User', groups: 'Group' };

function listResponse(resources: unknown[]) {
  return { schemas: [LIST_RESPONSE_SCHEMA], totalResults: resources.length, Resources: resources, startIndex: 1, itemsPerPage: resources.length };
}

function methodNotAllowed(method: string, path: string): never {
  throw new ScimError(405, `${method} is not supported on ${path}.`);
}

function projection(query: URLSearchParams) {
  return { attributes: query.get('attributes'), excludedAttributes: query.get('excludedAttributes') };
}

/** Query parameters named case-insensitively (Entra and other clients vary); unknown ones are ignored. */
export function normalizeQuery(raw: URLSearchParams): URLSearchParams {
  const known = ['filter', 'sortBy', 'sortOrder', 'startIndex', 'count', 'attributes', 'excludedAttributes'];
  const out = new URLSearchParams();
  for (const [key, value] of raw) {
    const name = known.find((k) => k.toLowerCase() === key.toLowerCase());
    if (name && !out.has(name)) out.set(name, value);
  }
  return out;
}

/** Routes one authenticated SCIM request (paths case-insensitive, as Entra sends them). */
export function routeScim(resources: ScimResources, profile: VendorProfile, req: ScimRequest): ScimResponse {
  const [first = '', second, third, ...extra] = req.segments;
  const head = first.toLowerCase();
  const path = '/' + req.segments.join('/');
  const type = RESOURCE_PATHS[head];
  if (type && extra.length === 0) {
    if (second === undefined) {
      if (req.method === 'GET') return { status: 200, body: resources.list(type, Object.fromEntries(req.query), req.baseUrl) };
      if (req.method === 'POST') {
        const created = resources.create(type, req.body, req.baseUrl, projection(req.query));
        return { status: 201, body: created.resource, headers: { Location: created.location, ETag: created.etag } };
      }
      return methodNotAllowed(req.method, path);
    }
    if (second.toLowerCase() === '.search' && third === undefined) {
      if (req.method !== 'POST') return methodNotAllowed(req.method, path);
      const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : Array.isArray(v) ? v.join(',') : null);
      const params = normalizeQuery(new URLSearchParams(Object.entries(body).flatMap(([k, v]): Array<[string, string]> => (str(v) === null ? [] : [[k, str(v) as string]]))));
      return { status: 200, body: resources.list(type, Object.fromEntries(params), req.baseUrl) };
    }
    if (third !== undefined) throw notFound(`There is nothing at ${path}.`);
    const id = second;
    switch (req.method) {
      case 'GET': {
        const found = resources.get(type, id, req.baseUrl, projection(req.query));
        if (req.ifNoneMatch && req.ifNoneMatch.split(',').some((t) => t.trim() === found.etag)) return { status: 304, headers: { ETag: found.etag } };
        return { status: 200, body: found.resource, headers: { ETag: found.etag } };
      }
      case 'PUT': {
        const replaced = resources.replace(type, id, req.body, req.baseUrl, req.ifMatch, projection(req.query));
        return { status: 200, body: replaced.resource, headers: { ETag: replaced.etag } };
      }
      case 'PATCH': {
        const patched = resources.patch(type, id, req.body, req.baseUrl, req.ifMatch, projection(req.query));
        return patched ? { status: 200, body: patched.resource, headers: { ETag: patched.etag } } : { status: 204 };
      }
      case 'DELETE':
        resources.delete(type, id, req.ifMatch);
        return { status: 204 };
      default:
        return methodNotAllowed(req.method, path);
    }
  }
  if (req.method !== 'GET') {
    if (['serviceproviderconfig', 'schemas', 'resourcetypes'].includes(head)) return methodNotAllowed(req.method, path);
    throw notFound(`There is nothing at ${path}. This endpoint serves /Users, /Groups, /ServiceProviderConfig, /Schemas and /ResourceTypes.`);
  }
  switch (head) {
    case 'serviceproviderconfig':
      if (second === undefined) return { status: 200, body: serviceProviderConfigJson(profile, req.baseUrl) };
      break;
    case 'schemas': {
      const all = profileSchemas(profile).map((s) => schemaJson(s, req.baseUrl));
      if (second === undefined) return { status: 200, body: listResponse(all) };
      const wanted = req.segments.slice(1).join('/').toLowerCase();
      const found = all.find((s) => String(s.id).toLowerCase() === wanted);
      if (found) return { status: 200, body: found };
      throw notFound(`No schema "${req.segments.slice(1).join('/')}".`);
    }
    case 'resourcetypes': {
      const all = [profile.resources.User, profile.resources.Group].map((r) => resourceTypeJson(r, req.baseUrl));
      if (second === undefined) return { status: 200, body: listResponse(all) };
      const found = all.find((r) => String(r.id).toLowerCase() === second.toLowerCase() && third === undefined);
      if (found) return { status: 200, body: found };
      throw notFound(`No resource type "${second}".`);
    }
  }
  if (head === '') throw badRequest('invalidPath', 'Append /Users or /Groups to the Tenant URL.');
  throw notFound(`There is nothing at ${path}. This endpoint serves /Users, /Groups, /ServiceProviderConfig, /Schemas and /ResourceTypes.`);
}
