import type { RequestLogEntry } from '../../db/scim/repositories/request-log';
import type { ScimStore } from '../../db/scim/scim-store';
import type { Logger } from '../../logger';

const FLUSH_MS = 100;
const FLUSH_AT = 500;
const MAX_BODY_CHARS = 64 * 1024;

export function clip(body: string | null): string | null {
  if (body === null || body.length <= MAX_BODY_CHARS) return body;
  return `${body.slice(0, MAX_BODY_CHARS)}… [${body.length - MAX_BODY_CHARS} more characters not kept]`;
}

/**
 * Buffers request-log entries and writes them in one transaction every 100 ms, so logging costs one
 * commit per batch rather than one per request; the UI still sees a request within a second.
 */
export class RequestLogWriter {
  private pending: RequestLogEntry[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: ScimStore,
    private readonly logger?: Logger,
  ) {}

  add(entry: RequestLogEntry): void {
    this.pending.push({ ...entry, requestBody: clip(entry.requestBody), responseBody: clip(entry.responseBody) });
    if (this.pending.length >= FLUSH_AT) this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), FLUSH_MS);
      this.timer.unref();
    }
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0 || !this.store.db.open) return;
    try {
      this.store.log.append(batch);
    } catch (error) {
      this.logger?.warn('scim request log write failed', { error: (error as Error).message, entries: batch.length });
    }
  }
}
