import { describe, expect, it } from 'vitest';
import { RequestPacer } from '../../../../../electron/core/graph/request-pacer';

describe('RequestPacer', () => {
  it('lets five calls start within ten seconds and makes the sixth wait for the first to leave the window', async () => {
    let now = 0;
    const waits: number[] = [];
    const pacer = new RequestPacer({ now: () => now, sleep: async (ms) => { waits.push(ms); now += ms; } }, 5, 10_000);
    for (let i = 0; i < 5; i += 1) {
      expect(await pacer.take()).toBe(0);
      now += 1000;
    }
    expect(await pacer.take()).toBe(5000);
    expect(waits).toEqual([5000]);
    expect(now).toBe(10_000);
  });

  it('defaults to four requests per ten seconds, a request under the reporting API limit', async () => {
    let now = 0;
    const pacer = new RequestPacer({ now: () => now, sleep: async (ms) => void (now += ms) });
    for (let i = 0; i < 4; i += 1) expect(await pacer.take()).toBe(0);
    expect(await pacer.take()).toBe(10_000);
  });
});
