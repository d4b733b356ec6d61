import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../../electron/core';
import { createFileSecretBox } from '../../../../../electron/core/secrets/file-secret-box';
import { contract } from '../../../../../shared/ipc/contract';
import { SAMPLE_TENANT_ID } from '../../../../../sample-tenant';
import { startRecordingServer, type RecordingServer } from './recording-scim-server';
import { sampleApp, userIdOf } from './trial-fixture';

let dir: string;
let core: Core;
/** Calls a channel the way every transport does: the request goes through the contract's zod schema. */
const call = async <C extends keyof typeof contract>(channel: C, request: unknown) => {
  const parsed = contract[channel].request.parse(request);
  const response = await (core.handlers[channel] as (r: unknown) => Promise<unknown>)(parsed);
  return contract[channel].response.parse(response) as Awaited<ReturnType<(typeof core.handlers)[C]>>;
};

const howspace = sampleApp('Howspace');
const app = { tenantId: SAMPLE_TENANT_ID, appId: howspace.sp.id };
const isabelle = userIdOf('Isabelle Fournier');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-trial-'));
  core = await createCore({ mode: 'browser', dataDir: dir, secrets: createFileSecretBox(dir), openExternal: async () => {} }, { now: () => new Date('2026-11-20T12:00:00Z') });
  await new Promise<void>((resolve) => {
    core.events.subscribe((event) => {
      if (event.type === 'workspace:changed') resolve();
    });
  });
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('TrialService through the core (trial:* channels)', () => {
  it('keeps Entra\'s state between runs, lists runs newest first, writes records with origin trial, resets and clears', async () => {
    const first = await call('trial:run', { ...app, subject: { kind: 'User', id: isabelle } });
    expect(first.objects[0]).toMatchObject({ action: 'create', status: 'success' });
    expect(first.exchanges.map((e) => e.method)).toEqual(['GET', 'POST']);
    const targetId = first.objects[0]!.targetId!;
    expect((await call('trial:targetObject', { ...app, kind: 'User', objectId: isabelle })).object).toMatchObject({ id: targetId, userName: 'isabelle.fournier@contoso.com' });

    const second = await call('trial:run', { ...app, subject: { kind: 'User', id: isabelle } });
    expect(second.exchanges.map((e) => `${e.method} ${e.url.replace(/^.*\/scim\/v2/, '')}`)).toEqual([`GET /Users/${targetId}`]);
    expect(second.objects[0]).toMatchObject({ action: 'other', status: 'skipped', error: { errorCode: 'RedundantExport' } });
    expect((await call('trial:state', app)).links.map((l) => [l.sourceId, l.targetId, l.managed])).toEqual([[isabelle, targetId, true]]);

    const runs = await call('trial:runs', app);
    expect(runs.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(runs[0]).toMatchObject({ scenario: 'first', subjectKind: 'User', subjectName: 'Isabelle Fournier', targetKey: 'local' });
    expect((await call('trial:getRun', { runId: first.id })).id).toBe(first.id);

    const trialLogs = await call('logs:query', { filter: { origin: 'trial' } });
    expect(trialLogs.items.map((i) => i.origin)).toEqual(['trial', 'trial']);
    expect(trialLogs.items.map((i) => i.action).sort()).toEqual(['create', 'other']);

    expect(await call('trial:resetState', app)).toEqual({ links: 1, targetCleared: true });
    expect((await call('trial:state', app)).links).toEqual([]);
    expect((await call('trial:targetObject', { ...app, kind: 'User', objectId: isabelle })).object).toBeNull();
    const again = await call('trial:run', { ...app, subject: { kind: 'User', id: isabelle } });
    expect(again.exchanges.map((e) => e.method)).toEqual(['GET', 'POST']);

    expect(await call('trial:clearRuns', app)).toEqual({ cleared: 3 });
    expect(await call('trial:runs', app)).toEqual([]);
    await expect(call('trial:getRun', { runId: first.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  describe('a URL target', () => {
    let server: RecordingServer;
    beforeAll(async () => {
      server = await startRecordingServer();
    });
    afterAll(async () => {
      await server.close();
    });

    it('is refused without confirmHost, naming the host, unless dry run; confirmed, it runs and keeps its own state', async () => {
      const host = new URL(server.baseUrl).host;
      const target = { kind: 'url', baseUrl: server.baseUrl, token: 'secret' };
      await expect(call('trial:run', { ...app, subject: { kind: 'User', id: isabelle }, target })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining(host) });
      expect(server.requests).toEqual([]);
      const dry = await call('trial:run', { ...app, subject: { kind: 'User', id: isabelle }, target, dryRun: true });
      expect(server.requests.map((r) => r.method)).toEqual(['GET']);
      expect(dry.exchanges.map((e) => [e.method, e.sent])).toEqual([
        ['GET', true],
        ['POST', false],
      ]);
      expect((await call('trial:state', { ...app, target: { kind: 'url', baseUrl: server.baseUrl } })).links).toEqual([]);
      await call('trial:run', { ...app, subject: { kind: 'User', id: isabelle }, target: { ...target, confirmHost: host } });
      expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST']);
      expect((await call('trial:state', { ...app, target: { kind: 'url', baseUrl: `${server.baseUrl}?aadOptscim062020` } })).links.map((l) => l.targetId)).toEqual(['u-1']);
    });

    it('refuses plain http to a host other than this machine, even for a dry run', async () => {
      await expect(call('trial:run', { ...app, subject: { kind: 'User', id: isabelle }, target: { kind: 'url', baseUrl: 'http://scim.example.com/scim/v2', token: 'secret' }, dryRun: true })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringContaining('http://scim.example.com'),
      });
    });
  });
});
