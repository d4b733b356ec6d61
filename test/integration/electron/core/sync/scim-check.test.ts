import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkScimEndpoint } from '../../../../../electron/core/sync/scim-check';
import { scimCheckOptionsOf } from '../../../../../shared/sync/scim-check-options';
import type { ScimCheckReport } from '../../../../../shared/sync/scim-check';
import { startTestEndpoint, TOKEN, type ScimClient } from '../scim/scim-fixture';
import { sampleApp } from './trial-fixture';

const severity = (report: ScimCheckReport, id: string) => report.findings.find((f) => f.id === id)?.severity;
const errors = (report: ScimCheckReport) => report.findings.filter((f) => f.severity === 'error').map((f) => `${f.id}: ${f.detail}`);

let endpoint: ScimClient | null = null;
afterEach(async () => {
  await endpoint?.close();
  endpoint = null;
});

describe('scim check against the local endpoint under each vendor profile', () => {
  it.each([
    ['generic', 'Litware HR Portal'],
    ['howspace', 'Howspace'],
    ['officernd', 'OfficeRnD Workplace'],
    ['officespace', 'OfficeSpace Software'],
  ])('%s: Test Connection passes, GET-only by default, no error; the write round trip passes', async (profile, appName) => {
    endpoint = await startTestEndpoint(profile);
    const mapping = scimCheckOptionsOf(sampleApp(appName).job);
    const report = await checkScimEndpoint({ baseUrl: endpoint.server.tenantUrl, token: TOKEN, mapping });
    expect(report.testConnection).toBe(true);
    expect(errors(report)).toEqual([]);
    expect(report.exchanges.every((e) => e.method === 'GET')).toBe(true);
    expect(report.exchanges[0]!.url).toMatch(/\/Users\?filter=/);
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    expect(severity(report, 'error-401')).toBe('pass');
    expect(severity(report, 'error-404')).toBe('pass');
    expect(severity(report, 'service-provider-config')).toBe('pass');
    const written = await checkScimEndpoint({ baseUrl: endpoint.server.tenantUrl, token: TOKEN, mapping, write: true });
    expect(written.findings.filter((f) => f.area === 'round-trip').map((f) => [f.id, f.severity])).toEqual([
      ['create', 'pass'],
      ['update', 'pass'],
      ['disable-default', 'pass'],
      ['enable-flag', 'pass'],
      ['delete', profile === 'officernd' ? 'warning' : 'pass'],
    ]);
    const post = written.exchanges.find((e) => e.method === 'POST')!;
    expect((post.requestBody as { userName: string }).userName).toMatch(/^pwb-probe-[0-9a-f]{12}@invalid\.example$/);
  });
});

interface Breakage {
  notFoundForNoMatch?: boolean;
  html?: boolean;
  noSchemas?: boolean;
  plain401?: boolean;
  anyToken?: boolean;
  noPatch?: boolean;
  plain404?: boolean;
}

/** A tiny SCIM service that breaks the rules it is told to break. */
async function brokenServer(breaks: Breakage): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown, type = 'application/scim+json') => {
      res.writeHead(status, { 'Content-Type': breaks.html ? 'text/html' : type });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (!breaks.anyToken && req.headers.authorization !== 'Bearer good') {
      return breaks.plain401 ? send(401, 'Unauthorized', 'text/plain') : send(401, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401', detail: 'bad token' });
    }
    const url = new URL(req.url!, 'http://x');
    const path = url.pathname.replace(/^\/scim/, '');
    if (path === '/Schemas') return breaks.noSchemas ? send(404, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404' }) : send(200, { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, Resources: [{ id: 'urn:ietf:params:scim:schemas:core:2.0:User', attributes: [{ name: 'userName' }] }] });
    if (path === '/ServiceProviderConfig') return send(200, { patch: { supported: !breaks.noPatch } });
    if (/^\/(Users|Groups)$/.test(path)) {
      if (breaks.notFoundForNoMatch) return send(404, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: 'no match' });
      return send(200, { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: [], startIndex: 1, itemsPerPage: 0 });
    }
    if (breaks.plain404) return send(404, '<html>not found</html>', 'text/html');
    return send(404, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/scim`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('scim check against servers that break one rule each', () => {
  const check = async (breaks: Breakage) => {
    const server = await brokenServer(breaks);
    try {
      return await checkScimEndpoint({ baseUrl: server.url, token: 'good', mapping: { matching: { User: ['userName', 'externalId'] }, written: { User: ['userName', 'displayName'] } } });
    } finally {
      await server.close();
    }
  };

  it('a well-behaved server passes (the baseline for the others)', async () => {
    const report = await check({});
    expect(report.testConnection).toBe(true);
    expect(errors(report)).toEqual([]);
    expect(severity(report, 'schemas-User')).toBe('warning'); // displayName is not advertised by this server
  });

  it('404 for a filter that finds nothing: Test Connection fails, matching attributes are not filterable', async () => {
    const report = await check({ notFoundForNoMatch: true });
    expect(report.testConnection).toBe(false);
    const tc = report.findings.find((f) => f.id === 'test-connection')!;
    expect(tc).toMatchObject({ severity: 'error' });
    expect(tc.entra).toMatch(/Test Connection fails/);
    expect(tc.fix).toMatch(/must answer 200/);
    expect(severity(report, 'matching-User-externalId')).toBe('error');
  });

  it('text/html answers: not SCIM JSON', async () => {
    const report = await check({ html: true });
    expect(severity(report, 'content-type')).toBe('error');
    expect(report.findings.find((f) => f.id === 'content-type')!.entra).toMatch(/ServiceIncompatible/);
  });

  it('no /Schemas: an info, written attributes not checked', async () => {
    const report = await check({ noSchemas: true });
    expect(severity(report, 'schemas')).toBe('info');
    expect(errors(report)).toEqual([]);
  });

  it('401 without a SCIM body is a warning; a server that accepts any token is an error', async () => {
    expect(severity(await check({ plain401: true }), 'error-401')).toBe('warning');
    const open = await check({ anyToken: true });
    expect(severity(open, 'error-401')).toBe('error');
    expect(open.findings.find((f) => f.id === 'error-401')!.entra).toMatch(/accepted a made-up token/);
  });

  it('patch.supported false, and a 404 by id that is not a SCIM Error', async () => {
    expect(severity(await check({ noPatch: true }), 'service-provider-config')).toBe('warning');
    expect(severity(await check({ plain404: true }), 'error-404')).toBe('warning');
  });

  it('refuses plain http to another host (the token would travel unencrypted)', async () => {
    await expect(checkScimEndpoint({ baseUrl: 'http://scim.example.com/scim', token: 't' })).rejects.toThrow(/must use https/);
  });
});
