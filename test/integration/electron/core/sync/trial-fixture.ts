import { createHttpTransport } from '../../../../../electron/core/sync/http-transport';
import { runTrial, sourceDirectoryOf, type Dialect, type EntraState, type Scenario, type TrialRun, type TrialSubject } from '../../../../../shared/sync';
import type { ServicePrincipalSnapshot, SnapshotJob } from '../../../../../shared/snapshot/schema';
import { sample, SAMPLE_NOW } from '../workspace-fixture';

export interface SampleApp {
  sp: ServicePrincipalSnapshot;
  job: SnapshotJob;
}

/** A sample app by display name. */
export function sampleApp(displayName: string): SampleApp {
  const sp = sample().servicePrincipals.find((s) => s.displayName === displayName);
  if (!sp?.synchronization.jobs[0]) throw new Error(`no sample app ${displayName}`);
  return { sp, job: sp.synchronization.jobs[0] };
}

/** A sample user's object id by display name. */
export function userIdOf(displayName: string): string {
  const user = sample().users.find((u) => u.displayName === displayName);
  if (!user) throw new Error(`no sample user ${displayName}`);
  return user.id;
}

export function groupIdOf(displayName: string): string {
  const group = sample().groups.find((g) => g.displayName === displayName);
  if (!group) throw new Error(`no sample group ${displayName}`);
  return group.id;
}

export interface TrialOptions {
  app: SampleApp;
  subject: TrialSubject;
  scenario?: Scenario;
  state?: EntraState;
  baseUrl: string;
  token?: string;
  dialect?: Dialect;
  dryRun?: boolean;
  timeoutMs?: number;
}

let ids = 0;

/** One run of the engine against a SCIM base URL over HTTP, with the sample's fixed "now". */
export function trial(options: TrialOptions): Promise<TrialRun> {
  const { app } = options;
  return runTrial({
    tenantId: 'tenant-1',
    app: { id: app.sp.id, appId: app.sp.appId, displayName: app.sp.displayName! },
    job: app.job,
    directory: sourceDirectoryOf(app.sp, sample()),
    subject: options.subject,
    scenario: options.scenario ?? { name: 'first' },
    state: options.state ?? { links: {} },
    transport: createHttpTransport({ baseUrl: options.baseUrl, token: options.token ?? 'test-token', timeoutMs: options.timeoutMs ?? 5_000 }),
    target: { kind: 'url', baseUrl: options.baseUrl, profileId: null, name: 'test' },
    options: { dialect: options.dialect ?? 'default', dryRun: options.dryRun ?? false, now: SAMPLE_NOW, newId: () => `id-${++ids}` },
  });
}

/** A run's exchanges as `METHOD path` lines with the path relative to the base URL and decoded. */
export function wire(run: TrialRun, baseUrl: string): string[] {
  return run.exchanges.map((e) => `${e.method} ${decodeURIComponent(e.url.slice(baseUrl.length))}`);
}
