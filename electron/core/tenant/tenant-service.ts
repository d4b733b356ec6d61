import { AppError, isAppError } from '../../../shared/errors';
import type { RefreshResult, TenantStatus } from '../../../shared/ipc/contracts/tenant';
import type { AuthService } from '../auth/auth-service';
import type { CoreContext } from '../core-context';
import { openGraph } from '../graph/graph-access';
import { isAbortError } from '../graph/retry-delay';
import { refreshTenant } from './refresh-tenant';

interface Running {
  controller: AbortController;
  label: string;
  done: number;
  total: number | null;
}

/** Refreshes of the signed-in tenant: one at a time, with progress events, cancel, and the last failure kept for the UI. */
export class TenantService {
  private readonly running = new Map<string, Running>();
  private lastError: TenantStatus['lastError'] = null;

  constructor(
    private readonly ctx: CoreContext,
    private readonly auth: AuthService,
  ) {}

  async status(): Promise<TenantStatus> {
    const account = (await this.auth.activeAccount()) ?? null;
    const tenant = account ? this.ctx.workspace.tenants.get(account.tenantId) : undefined;
    const [taskId, running] = [...this.running.entries()][0] ?? [];
    return {
      account,
      inWorkspace: Boolean(tenant),
      tenantName: tenant?.display_name ?? null,
      fetchedAt: tenant?.fetched_at ?? null,
      running: taskId && running ? { taskId, label: running.label, done: running.done, total: running.total } : null,
      lastError: this.lastError,
    };
  }

  async refresh(request: { taskId: string; appIds?: string[] | undefined; search?: string | undefined }): Promise<RefreshResult> {
    if (this.running.size > 0) throw new AppError('BAD_REQUEST', 'A refresh is already running; wait for it or cancel it.');
    const account = await this.auth.activeAccount();
    if (!account) throw new AppError('FORBIDDEN', 'Sign in to read your tenant from Microsoft Graph.');
    const { taskId } = request;
    const entry: Running = { controller: new AbortController(), label: 'Starting', done: 0, total: null };
    this.running.set(taskId, entry);
    const emit = (finished: boolean) =>
      this.ctx.events.emit({ type: 'progress', taskId, label: entry.label, done: entry.done, total: entry.total, finished });
    emit(false);
    try {
      const { client, cloud } = openGraph({ auth: this.auth, logger: this.ctx.logger.child('graph') });
      const result = await refreshTenant(this.ctx.workspace, client, {
        appIds: request.appIds,
        search: request.search,
        signal: entry.controller.signal,
        cloud,
        now: this.ctx.now,
        onProgress: (progress) => {
          Object.assign(entry, progress);
          emit(false);
        },
      });
      this.lastError = null;
      this.ctx.events.emit({ type: 'workspace:changed', tenantId: result.tenantId });
      entry.label = `Read ${result.apps} app(s)`;
      return result;
    } catch (error) {
      if (isAbortError(error) || entry.controller.signal.aborted) {
        entry.label = 'Cancelled';
        throw new AppError('BAD_REQUEST', 'Refresh cancelled. The workspace keeps the data it had before.');
      }
      const appError = isAppError(error) ? error : new AppError('INTERNAL', error instanceof Error ? error.message : String(error));
      this.lastError = { code: appError.code, message: appError.message, at: this.ctx.now().toISOString() };
      entry.label = 'Failed';
      throw appError;
    } finally {
      emit(true);
      this.running.delete(taskId);
    }
  }

  cancel(taskId: string): boolean {
    const entry = this.running.get(taskId);
    entry?.controller.abort();
    return entry !== undefined;
  }

  cancelAll(): void {
    for (const entry of this.running.values()) entry.controller.abort();
  }
}
