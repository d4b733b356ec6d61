import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OnDemandRunView } from '../../../../shared/ipc/contracts/onDemand';
import { serializeSnapshot } from '../../../../shared/snapshot/validate';
import { FAKE_GRAPH_TOKEN, FAKE_GRAPH_WRITE_TOKEN, startFakeGraph, type FakeGraph } from '../../../fakes/graph/fake-graph';
import { fakeTenantSnapshot } from '../../../fakes/graph/fake-tenant';
import { pwb } from './cli-harness';

const snapshot = fakeTenantSnapshot();
const AMELIE = 'amelie.cote@contoso.com';

let dir: string;
let file: string;
let graph: FakeGraph;
let clock = 0;
const onDemand = (...extra: string[]) => ['trial', '--app', 'Howspace', '--snapshot', file, '--user', AMELIE, '--compare-on-demand', '--data-dir', path.join(dir, 'ws'), '--graph-endpoint', graph.url, ...extra];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-on-demand-'));
  file = path.join(dir, 'tenant.json');
  fs.writeFileSync(file, serializeSnapshot(snapshot));
  graph = await startFakeGraph({ snapshot });
});
afterAll(async () => {
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  // A fresh 10-s window on the fake's side for every test.
  clock += 60_000;
  graph.behaviour.onDemand.now = () => clock;
  graph.behaviour.onDemand.disagree = false;
});

describe('pwb trial --compare-on-demand', () => {
  it('prints the prediction matched and exits 0 when Entra agrees', async () => {
    const run = await pwb(onDemand('--yes', '--access-token', FAKE_GRAPH_WRITE_TOKEN));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Provisioning Workbench: prediction matched provision on demand');
    expect(lines).toContain('Differences: none');
    expect(run.stdout).toContain('  Action    Create                            Create');
  });

  it('prints a fidelity bug report and exits 1 when Entra disagrees', async () => {
    graph.behaviour.onDemand.disagree = 'action';
    const run = await pwb(onDemand('--yes', '--access-token', FAKE_GRAPH_WRITE_TOKEN, '--format', 'json'));
    expect(run.code).toBe(1);
    const view = JSON.parse(run.stdout) as OnDemandRunView;
    expect(view.comparison?.differences.map((d) => d.message)).toEqual(['Action: we predicted Create, Entra did Update.']);
    expect(view.report?.split('\n')[0]).toBe('Provisioning Workbench fidelity bug report: prediction differs from provision on demand');
  });

  it('refuses without --yes when there is no terminal to ask, and sends nothing', async () => {
    const before = graph.requests.length;
    const run = await pwb(onDemand('--access-token', FAKE_GRAPH_WRITE_TOKEN));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('provision on demand writes to the real app in your tenant. Add --yes to go ahead (there is no terminal to ask for confirmation).');
    expect(graph.requests.length).toBe(before);
  });

  it('refuses trial options that mean nothing on demand', async () => {
    const run = await pwb(onDemand('--yes', '--dialect', 'aadOptscim062020'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--dialect does not go with --compare-on-demand: provision on demand ignores aadOptscim062020, so the prediction always uses the default dialect.');
  });

  it('says which permission and roles to grant when Graph answers 403', async () => {
    const run = await pwb(onDemand('--yes', '--access-token', FAKE_GRAPH_TOKEN));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Grant the delegated permission Synchronization.ReadWrite.All');
    expect(run.stderr).toContain('Application Administrator or Cloud Application Administrator');
  });
});
