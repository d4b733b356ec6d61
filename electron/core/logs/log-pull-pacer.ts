/**
 * Paces requests to the reporting API, which allows 5 requests per 10 s per app and tenant (and the
 * default client id is shared with the admin's own PowerShell, so we stay a request under it).
 * Clock and sleep are injectable, so tests never wait real seconds.
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

  /** Resolves when one more request fits in the window, and counts it. */
  async take(signal?: AbortSignal): Promise<void> {
    for (let i = 0; i < 1000; i += 1) {
      const now = this.clock.now();
      while (this.sent.length && this.sent[0]! <= now - this.windowMs) this.sent.shift();
      if (this.sent.length < this.requests) {
        this.sent.push(now);
        return;
      }
      await this.clock.sleep(this.sent[0]! + this.windowMs - now, signal);
    }
  }
}
