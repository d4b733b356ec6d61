/**
 * A sliding-window pacer: at most `requests` calls start within any `windowMs` (provision on demand
 * allows 5 per 10 s). `acquire` waits, through the injected sleep, until a slot is free.
 */
export class RateWindow {
  private readonly starts: number[] = [];

  constructor(
    private readonly requests: number,
    private readonly windowMs: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** How long the next call would have to wait now (0 when a slot is free). */
  waitMs(): number {
    const now = this.now();
    while (this.starts.length && this.starts[0]! <= now - this.windowMs) this.starts.shift();
    return this.starts.length < this.requests ? 0 : this.starts[0]! + this.windowMs - now;
  }

  async acquire(): Promise<number> {
    let waited = 0;
    // Bounded: each pass either takes a slot or sleeps until the oldest start leaves the window.
    for (let pass = 0; pass < this.requests + 2; pass += 1) {
      const wait = this.waitMs();
      if (wait <= 0) {
        this.starts.push(this.now());
        return waited;
      }
      waited += wait;
      await this.sleep(wait);
    }
    this.starts.push(this.now());
    return waited;
  }

  /** After a 429: treat the window as full until `ms` from now. */
  holdFor(ms: number): void {
    const until = this.now() + ms - this.windowMs;
    this.starts.splice(0, this.starts.length, ...Array.from({ length: this.requests }, () => until));
  }
}
