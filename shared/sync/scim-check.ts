import { CORE_GROUP_SCHEMA, CORE_USER_SCHEMA, parseTargetPath } from '../mapping/scim-payload';
import { filterLiteral, isListResponse } from './cycle-context';
import { buildActivePatch, buildPatch } from './patch-ops';
import { RecordingClient, type ScimTransport } from './transport';
import type { HttpExchange, ObjectKind } from './types';

/** One rule checked against a SCIM endpoint, with what Entra would do about it and how to fix it. */
export interface ScimFinding {
  id: string;
  area: 'test-connection' | 'matching' | 'discovery' | 'errors' | 'content-type' | 'round-trip';
  title: string;
  severity: 'pass' | 'info' | 'warning' | 'error';
  /** What Entra does when this rule is broken: fail Test Connection, log an error code, quarantine. */
  entra: string;
  fix: string | null;
  detail: string;
  /** seq numbers of the exchanges the check is based on. */
  exchanges: number[];
}

export interface ScimCheckReport {
  baseUrl: string;
  /** Whether Entra's Test Connection would pass. */
  testConnection: boolean;
  findings: ScimFinding[];
  exchanges: HttpExchange[];
  /** Whether the write round trip ran. */
  wrote: boolean;
  counts: Record<ScimFinding['severity'], number>;
}

export interface ScimCheckOptions {
  /** Matching attributes of the app's mappings in precedence order (default: userName for users, displayName for groups). */
  matching?: Partial<Record<ObjectKind, string[]>>;
  /** Target attributes the app's mappings write, per kind (checked against /Schemas). */
  written?: Partial<Record<ObjectKind, string[]>>;
  /** The same endpoint with a wrong token (for the 401 body check); omitted: not checked. */
  wrongToken?: ScimTransport;
  /** Create → update → disable → delete a throwaway user (needs explicit confirmation upstream). */
  write?: boolean;
  newGuid: () => string;
}

const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const header = (exchange: HttpExchange, name: string) => exchange.response?.headers[name.toLowerCase()] ?? '';

function isScimError(body: unknown, status: number): boolean {
  return isObject(body) && Array.isArray(body['schemas']) && (body['schemas'] as unknown[]).includes(ERROR) && String(body['status']) === String(status);
}

/** Rule: responses are application/scim+json (application/json tolerated; anything else is not SCIM). */
function contentTypeVerdict(exchange: HttpExchange): 'scim' | 'json' | 'other' | 'none' {
  if (!exchange.response || exchange.response.status === 204) return 'none';
  const type = header(exchange, 'content-type').toLowerCase();
  if (type.startsWith('application/scim+json')) return 'scim';
  if (type.startsWith('application/json')) return 'json';
  return 'other';
}

/** The root attribute a target path writes, with its schema: `name.givenName` → name, `urn:…:enterprise:2.0:User:manager` → manager in the enterprise schema. */
function rootOf(kind: ObjectKind, target: string): { schema: string; attribute: string } {
  const path = parseTargetPath(target);
  return { schema: path.schema ?? (kind === 'User' ? CORE_USER_SCHEMA : CORE_GROUP_SCHEMA), attribute: path.attribute };
}

class Checker {
  readonly findings: ScimFinding[] = [];
  readonly client: RecordingClient;
  constructor(transport: ScimTransport) {
    this.client = new RecordingClient(transport, false);
  }
  async get(purpose: string, path: string) {
    try {
      const r = await this.client.send('match', purpose, { method: 'GET', path });
      return { status: r!.status, body: r!.body, exchange: r!.exchange };
    } catch (error) {
      return { status: 0, body: null, exchange: this.client.exchanges[this.client.exchanges.length - 1]!, error: (error as Error).message };
    }
  }
  async write(purpose: string, request: Parameters<RecordingClient['send']>[2]) {
    try {
      const r = await this.client.send('action', purpose, request);
      return { status: r!.status, body: r!.body, exchange: r!.exchange };
    } catch (error) {
      return { status: 0, body: null, exchange: this.client.exchanges[this.client.exchanges.length - 1]!, error: (error as Error).message };
    }
  }
  add(finding: Omit<ScimFinding, 'exchanges'> & { exchanges?: HttpExchange[] }): void {
    this.findings.push({ ...finding, exchanges: (finding.exchanges ?? []).map((e) => e.seq) });
  }
}

/** A zero-result filter query: 200 + ListResponse + totalResults 0, never 404 (§4.1 item 1, §4.8 item 30). */
function emptyListVerdict(status: number, body: unknown): string | null {
  if (status === 0) return 'no answer (connection failed or timed out)';
  if (status === 404) return 'it answered 404 instead of 200 with an empty ListResponse';
  if (status !== 200) return `it answered HTTP ${status}`;
  if (!isListResponse(body)) return 'the body is not a SCIM ListResponse';
  if ((body.totalResults ?? 0) !== 0) return `it found ${body.totalResults} object(s) for a value that cannot exist (the filter is ignored?)`;
  const schemas = (body as Record<string, unknown>)['schemas'];
  if (Array.isArray(schemas) && !schemas.includes(LIST)) return 'the ListResponse has no ListResponse schema URN';
  return null;
}

/**
 * Entra's Test Connection, then a compatibility probe driven by the app's mappings. GET-only unless
 * `write` (a create → update → disable → delete round trip on a throwaway user).
 */
export async function runScimCheck(transport: ScimTransport, options: ScimCheckOptions): Promise<ScimCheckReport> {
  const c = new Checker(transport);
  const userMatching = options.matching?.User?.length ? options.matching.User : ['userName'];
  const groupMatching = options.matching?.Group?.length ? options.matching.Group : ['displayName'];

  // 1. Test Connection (§4.1 item 1): the first matching attribute with a random GUID.
  const guid = options.newGuid();
  const tc = await c.get('Test Connection', `/Users?filter=${encodeURIComponent(`${userMatching[0]} eq ${filterLiteral(guid)}`)}`);
  const tcProblem = emptyListVerdict(tc.status, tc.body);
  const authFailed = tc.status === 401 || tc.status === 403;
  c.add({
    id: 'test-connection',
    area: 'test-connection',
    title: `Test Connection: GET /Users?filter=${userMatching[0]} eq "<random guid>"`,
    severity: tcProblem ? 'error' : 'pass',
    entra: tcProblem ? 'Test Connection fails, so provisioning cannot be saved or started; if it was running, the job goes into quarantine.' : 'Test Connection passes.',
    fix: !tcProblem
      ? null
      : authFailed
        ? 'The token is wrong or lacks rights: create a new secret token in the app and paste it into Admin Credentials.'
        : tc.status === 404
          ? 'A filter that finds nothing must answer 200 with {"totalResults":0,"Resources":[]}. If every path answers 404, the Tenant URL is wrong (it must end at the SCIM base, e.g. …/scim/v2).'
          : tc.status === 0
            ? 'Check the Tenant URL and that the endpoint is reachable.'
            : 'Ask the vendor to answer filter queries with a SCIM ListResponse.',
    detail: tcProblem ?? `200 with an empty ListResponse (HTTP ${tc.status}).`,
    exchanges: [tc.exchange],
  });
  const groupProbe = await c.get('Group lookup (observed in Test Connection)', `/Groups?excludedAttributes=members&filter=${encodeURIComponent(`${groupMatching[0]} eq ${filterLiteral(options.newGuid())}`)}`);
  const groupProblem = emptyListVerdict(groupProbe.status, groupProbe.body);
  c.add({
    id: 'groups-lookup',
    area: 'test-connection',
    title: `GET /Groups?filter=${groupMatching[0]} eq "<random guid>"`,
    severity: groupProblem ? 'warning' : 'pass',
    entra: groupProblem ? 'Groups cannot be matched: every group fails (or Test Connection fails where Entra also probes /Groups).' : 'Groups can be matched.',
    fix: groupProblem ? 'If the app does not support groups, turn the group object mapping off; otherwise /Groups must answer filter queries with a ListResponse.' : null,
    detail: groupProblem ?? 'An empty ListResponse.',
    exchanges: [groupProbe.exchange],
  });

  // 2. Every matching attribute filterable (a zero-result query answered 200 with an empty list).
  for (const [kind, attrs] of [['User', userMatching], ['Group', groupMatching]] as const) {
    for (const attribute of attrs) {
      if (kind === 'User' && attribute === userMatching[0]) continue;
      if (kind === 'Group' && attribute === groupMatching[0]) continue;
      const path = kind === 'User' ? '/Users?' : '/Groups?excludedAttributes=members&';
      const r = await c.get(`Filter on ${attribute}`, `${path}filter=${encodeURIComponent(`${attribute} eq ${filterLiteral(options.newGuid())}`)}`);
      const problem = emptyListVerdict(r.status, r.body);
      c.add({
        id: `matching-${kind}-${attribute}`,
        area: 'matching',
        title: `${kind} matching attribute ${attribute} is filterable`,
        severity: problem ? 'error' : 'pass',
        entra: problem ? `Every ${kind.toLowerCase()} whose match reaches ${attribute} fails (SystemForCrossDomainIdentityManagementServiceIncompatible or WebExceptionProtocolError); enough failures quarantine the job.` : 'Matching works.',
        fix: problem ? `Ask the vendor which attributes it can filter on, and mark only those as "Match objects using this attribute".` : null,
        detail: problem ?? 'An empty ListResponse.',
        exchanges: [r.exchange],
      });
    }
  }

  // 3. Discovery: /Schemas (when the endpoint has one) and /ServiceProviderConfig.
  const schemas = await c.get('Schema discovery', '/Schemas');
  if (schemas.status === 200 && isListResponse(schemas.body)) {
    const resources = ((schemas.body as { Resources?: unknown[] }).Resources ?? []).filter(isObject);
    const advertised = new Map<string, Set<string>>();
    for (const r of resources) {
      const id = String(r['id'] ?? '').toLowerCase();
      const names = new Set(((r['attributes'] as unknown[]) ?? []).filter(isObject).map((a) => String(a['name'] ?? '').toLowerCase()));
      advertised.set(id, names);
    }
    for (const kind of ['User', 'Group'] as const) {
      const missing: string[] = [];
      for (const target of options.written?.[kind] ?? []) {
        const root = rootOf(kind, target);
        if (/^(id|externalId|meta|schemas)$/i.test(root.attribute)) continue;
        const names = advertised.get(root.schema.toLowerCase());
        if (!names || !names.has(root.attribute.toLowerCase())) missing.push(target);
      }
      if (!(options.written?.[kind] ?? []).length) continue;
      c.add({
        id: `schemas-${kind}`,
        area: 'discovery',
        title: `${kind} attributes the mappings write are advertised in /Schemas`,
        severity: missing.length ? 'warning' : 'pass',
        entra: missing.length ? 'Entra sends them anyway; the app may reject them (WebExceptionProtocolError, 400) or drop them silently.' : 'Every written attribute is advertised.',
        fix: missing.length ? `Remove the mappings the app does not support, or ask the vendor: ${missing.join(', ')}.` : null,
        detail: missing.length ? `Not advertised: ${missing.join(', ')}.` : `${options.written?.[kind]?.length ?? 0} attribute(s) checked.`,
        exchanges: [schemas.exchange],
      });
    }
  } else {
    c.add({
      id: 'schemas',
      area: 'discovery',
      title: 'GET /Schemas',
      severity: 'info',
      entra: 'Nothing for a non-gallery app: Entra uses the attribute list of the mappings. Gallery apps use schema discovery.',
      fix: null,
      detail: `No schema list (HTTP ${schemas.status}); written attributes not checked against it.`,
      exchanges: [schemas.exchange],
    });
  }
  const spc = await c.get('Service provider configuration', '/ServiceProviderConfig');
  const patchSupported = isObject(spc.body) && isObject(spc.body['patch']) && spc.body['patch']['supported'] === true;
  c.add({
    id: 'service-provider-config',
    area: 'discovery',
    title: 'GET /ServiceProviderConfig says patch.supported',
    severity: spc.status === 200 && patchSupported ? 'pass' : 'warning',
    entra: 'Entra updates with PATCH only; an endpoint that cannot PATCH fails every update (WebExceptionProtocolError).',
    fix: spc.status === 200 && patchSupported ? null : 'Ask the vendor to serve /ServiceProviderConfig with "patch": {"supported": true} (RFC 7643 §5) and to accept PATCH.',
    detail: spc.status !== 200 ? `HTTP ${spc.status}` : patchSupported ? 'patch.supported is true.' : 'patch.supported is not true.',
    exchanges: [spc.exchange],
  });

  // 4. Error bodies: a 404 by id, a 401 with a wrong token.
  const missing = await c.get('Read an id that does not exist', `/Users/${encodeURIComponent(options.newGuid())}`);
  c.add({
    id: 'error-404',
    area: 'errors',
    title: 'GET /Users/<unknown id> answers 404 with a SCIM Error',
    severity: missing.status === 404 ? (isScimError(missing.body, 404) ? 'pass' : 'warning') : 'error',
    entra:
      missing.status === 404
        ? isScimError(missing.body, 404)
          ? 'A deleted object is recognised (InvalidAnchor, then re-matched).'
          : 'Entra sees the 404 but logs the body as the reason; an admin reads HTML or nothing.'
        : `A deleted object is not recognised (HTTP ${missing.status}): Entra keeps reading it and logs errors instead of InvalidAnchor.`,
    fix: missing.status === 404 && isScimError(missing.body, 404) ? null : 'Answer 404 with {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"404","detail":"…"}.',
    detail: `HTTP ${missing.status}${missing.status === 404 && !isScimError(missing.body, 404) ? ', body not a SCIM Error' : ''}.`,
    exchanges: [missing.exchange],
  });
  if (options.wrongToken) {
    const wrong = new RecordingClient(options.wrongToken, false);
    let status = 0;
    let body: unknown = null;
    try {
      const r = await wrong.send('match', 'Wrong token', { method: 'GET', path: `/Users?filter=${encodeURIComponent(`userName eq ${filterLiteral(options.newGuid())}`)}` });
      status = r!.status;
      body = r!.body;
    } catch {
      status = 0;
    }
    const exchange = wrong.exchanges[0]!;
    exchange.seq = c.client.exchanges.length + 1;
    exchange.purpose = 'Wrong token (the probe sends a made-up token)';
    c.client.exchanges.push(exchange);
    c.add({
      id: 'error-401',
      area: 'errors',
      title: 'A wrong token answers 401 with a SCIM Error',
      severity: status === 401 ? (isScimError(body, 401) ? 'pass' : 'warning') : status === 403 ? 'warning' : 'error',
      entra:
        status === 401 || status === 403
          ? 'Entra fails Test Connection with a wrong token and, while running, logs Unauthorized and eventually quarantines the job.'
          : `The endpoint accepted a made-up token (HTTP ${status}): anyone can provision into it.`,
      fix: status === 401 && isScimError(body, 401) ? null : status === 401 || status === 403 ? 'Answer 401 with a SCIM Error body ({"schemas":[…:Error],"status":"401","detail":"…"}).' : 'Check the bearer token on every request.',
      detail: `HTTP ${status}${(status === 401 || status === 403) && !isScimError(body, status) ? ', body not a SCIM Error' : ''}.`,
      exchanges: [exchange],
    });
  }

  // 5. Round trip on a throwaway user (only with explicit confirmation).
  if (options.write) await roundTrip(c, options.newGuid, options.written?.User ?? []);

  // 6. Content types of every answer so far.
  const wrongTypes = c.client.exchanges.map((e) => ({ e, v: contentTypeVerdict(e) })).filter((x) => x.v === 'other' || x.v === 'json');
  const notScim = wrongTypes.filter((x) => x.v === 'other' && x.e.response && x.e.response.status < 500);
  c.add({
    id: 'content-type',
    area: 'content-type',
    title: 'Answers are application/scim+json',
    severity: notScim.length ? 'error' : wrongTypes.length ? 'info' : 'pass',
    entra: notScim.length
      ? 'An answer that is not SCIM JSON is logged as SystemForCrossDomainIdentityManagementServiceIncompatible (and fails Test Connection when it is the Test Connection answer).'
      : wrongTypes.length
        ? 'application/json is read as SCIM; nothing to do for Entra.'
        : 'Every answer is SCIM JSON.',
    fix: notScim.length ? 'Serve SCIM answers with Content-Type: application/scim+json; an HTML page usually means the Tenant URL points at a web page or a login redirect.' : wrongTypes.length ? 'Prefer application/scim+json (RFC 7644 §3.1).' : null,
    detail: wrongTypes.length ? [...new Set(wrongTypes.map((x) => `${x.e.method} ${x.e.url.replace(transport.baseUrl, '')}: ${header(x.e, 'content-type') || '(none)'}`))].slice(0, 5).join('; ') : 'Checked every answer with a body.',
    exchanges: wrongTypes.map((x) => x.e),
  });

  const counts = { pass: 0, info: 0, warning: 0, error: 0 };
  for (const f of c.findings) counts[f.severity] += 1;
  return { baseUrl: transport.baseUrl, testConnection: !tcProblem, findings: c.findings, exchanges: c.client.exchanges, wrote: !!options.write, counts };
}

async function roundTrip(c: Checker, newGuid: () => string, written: readonly string[]): Promise<void> {
  const tag = newGuid().replace(/-/g, '').slice(0, 12);
  const userName = `pwb-probe-${tag}@invalid.example`;
  const step = (id: string, title: string, ok: boolean, entra: string, fix: string | null, detail: string, exchanges: HttpExchange[]) =>
    c.add({ id, area: 'round-trip', title, severity: ok ? 'pass' : 'error', entra, fix: ok ? null : fix, detail, exchanges });
  const created = await c.write('Create a throwaway user', {
    method: 'POST',
    path: '/Users',
    body: { schemas: [CORE_USER_SCHEMA], userName, externalId: `pwb-probe-${tag}`, active: true, displayName: 'PWB probe (delete me)', name: { givenName: 'PWB', familyName: 'Probe' }, meta: { resourceType: 'User' } },
  });
  const id = isObject(created.body) && typeof created.body['id'] === 'string' ? created.body['id'] : null;
  step('create', `POST /Users (${userName}) answers 201 with an id`, (created.status === 201 || created.status === 200) && !!id, 'Every create fails otherwise (EntryConflict, WebExceptionProtocolError or ServiceIncompatible).', 'Answer 201 with the full resource and its server id (§4.2 item 7).', `HTTP ${created.status}${id ? `, id ${id}` : ''}.`, [created.exchange]);
  if (!id) return;
  const attribute = ['displayName', 'name.givenName', 'name.familyName', 'title'].find((a) => written.includes(a)) ?? 'displayName';
  const updated = await c.write(`Update ${attribute} (default dialect)`, { method: 'PATCH', path: `/Users/${encodeURIComponent(id)}`, body: buildPatch([{ path: attribute, value: 'PWB probe (updated)', hadValue: true }], 'default') });
  step('update', `PATCH Replace ${attribute} answers 200 or 204`, updated.status === 200 || updated.status === 204, 'Every update fails (WebExceptionProtocolError).', 'Accept PATCH with capitalised op names (op matching is case-insensitive, §4.4 item 12).', `HTTP ${updated.status}.`, [updated.exchange]);
  const disabled = await c.write('Disable (default dialect: "False" as a string)', { method: 'PATCH', path: `/Users/${encodeURIComponent(id)}`, body: buildActivePatch(false, 'default') });
  const read = await c.get('Read the disabled user', `/Users/${encodeURIComponent(id)}`);
  const active = isObject(read.body) ? read.body['active'] : undefined;
  step(
    'disable-default',
    'Disable with {"op":"Replace","path":"active","value":"False"} gives active false',
    (disabled.status === 200 || disabled.status === 204) && active === false,
    'Unassigned or disabled users stay active in the app (or every disable fails).',
    'Accept the string "False" for active (Entra\'s default dialect, §4.5 item 19) and return a JSON boolean.',
    `PATCH HTTP ${disabled.status}; GET active = ${JSON.stringify(active)}.`,
    [disabled.exchange, read.exchange],
  );
  const enabled = await c.write('Re-enable (aadOptscim062020 dialect: boolean)', { method: 'PATCH', path: `/Users/${encodeURIComponent(id)}`, body: buildActivePatch(true, 'aadOptscim062020') });
  step('enable-flag', 'Re-enable with {"op":"replace","path":"active","value":true} (aadOptscim062020)', enabled.status === 200 || enabled.status === 204, 'Provision on demand (which ignores the flag) and flagged tenants send this shape; it must work too.', 'Accept both PATCH dialects at all times (§4.10).', `HTTP ${enabled.status}.`, [enabled.exchange]);
  const deleted = await c.write('Delete the throwaway user', { method: 'DELETE', path: `/Users/${encodeURIComponent(id)}` });
  const gone = await c.get('Read the deleted user', `/Users/${encodeURIComponent(id)}`);
  const deletedOk = deleted.status === 204 || deleted.status === 200;
  if (deletedOk && gone.status === 200) {
    c.add({
      id: 'delete',
      area: 'round-trip',
      title: 'DELETE answers 204 and the user is gone (404)',
      severity: 'warning',
      entra: 'Deletes succeed, but the app keeps the user (a soft delete, e.g. a "Former" state): a later create with the same userName may conflict (EntryConflict).',
      fix: 'Expected for vendors that keep former users; remove the probe user in the app by hand.',
      detail: `DELETE HTTP ${deleted.status}; GET HTTP 200: the user is still there.`,
      exchanges: [deleted.exchange, gone.exchange],
    });
    return;
  }
  step('delete', 'DELETE answers 204 and the user is gone (404)', deletedOk && gone.status === 404, 'Deletes fail, or deleted users linger.', 'Answer 204 to DELETE and 404 to a later GET (§4.6 item 20).', `DELETE HTTP ${deleted.status}; GET HTTP ${gone.status}.`, [deleted.exchange, gone.exchange]);
}
