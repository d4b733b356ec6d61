/**
 * Paces Graph APIs that allow a few requests per sliding window: the reporting API (5 per 10 s per
 * app and tenant; the log pull stays a request under it, since the default client id is shared with
 * the admin's own PowerShell) and provisionOnDemand (5 per 10 s). Clock and sleep are injectable, so
 * tests never wait real seconds.
 */
export interface PacerClock {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class RequestPacer {
  private readonly sent: number[] = [];

  constructor(
    private readonly clock: PacerClock,
    private readonly requests = 4,
    private readonly windowMs = 10_000,
  ) {}

  /** Resolves when one more request fits in the window, and counts it; answers how long it waited (ms). */
  async take(signal?: AbortSignal): Promise<number> {
    let waited = 0;
    for (let i = 0; i < 1000; i += 1) {
      const now = this.clock.now();
      while (this.sent.length && this.sent[0]! <= now - this.windowMs) this.sent.shift();
      if (this.sent.length < this.requests) {
        this.sent.push(now);
        return waited;
      }
      const wait = this.sent[0]! + this.windowMs - now;
      waited += wait;
      await this.clock.sleep(wait, signal);
    }
    return waited;
  }
}
