import { SCIM_CONTENT_TYPE, type ScimRequest, type ScimResponse, type ScimTransport } from './transport';

const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const HEADERS = { 'content-type': `${SCIM_CONTENT_TYPE}; charset=utf-8` };
const emptyList = () => ({ schemas: [LIST], totalResults: 0, Resources: [], startIndex: 1, itemsPerPage: 0 });

/**
 * An in-memory SCIM service that holds nothing (its answers handed over already parsed), so a forecast of 100,000 users needs no HTTP: every
 * query answers an empty ListResponse, a create answers 201 with a fresh id (and is not kept, so the
 * next query still finds nothing), a PATCH 204, a read or delete by id 404.
 */
export function emptyTargetTransport(baseUrl = 'memory://empty-target/scim/v2'): ScimTransport {
  let next = 0;
  return {
    baseUrl,
    send(request: ScimRequest): Promise<ScimResponse> {
      const [path] = request.path.split('?') as [string];
      const byId = /^\/(Users|Groups)\/[^/]+$/.test(path);
      if (request.method === 'GET' && !byId) return Promise.resolve({ status: 200, headers: HEADERS, text: '', json: emptyList() });
      if (request.method === 'POST') {
        const type = path.startsWith('/Groups') ? 'Group' : 'User';
        const id = `${type === 'Group' ? 'g' : 'u'}-${++next}`;
        const body = { ...(request.body as Record<string, unknown>), id, meta: { resourceType: type, location: `${baseUrl}${path}/${id}` } };
        return Promise.resolve({ status: 201, headers: HEADERS, text: '', json: body });
      }
      if (request.method === 'PATCH' || request.method === 'PUT') return Promise.resolve({ status: 204, headers: {}, text: '' });
      return Promise.resolve({ status: 404, headers: HEADERS, text: '', json: { schemas: [ERROR], status: '404', detail: 'The empty target holds no objects.' } });
    },
  };
}
