import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, abortableSleep, isAbortError, retryDelayMs } from '../../../../../electron/core/graph/retry-delay';

describe('retryDelayMs', () => {
  it('honours Retry-After in seconds', () => expect(retryDelayMs('7', 0)).toBe(7000));
  it('honours Retry-After as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryDelayMs('Thu, 01 Jan 2026 00:00:05 GMT', 0, now)).toBe(5000);
  });
  it('caps an absurd Retry-After', () => expect(retryDelayMs('86400', 0)).toBe(MAX_RETRY_AFTER_MS));
  it('backs off exponentially without the header', () => {
    expect([0, 1, 2, 3].map((attempt) => retryDelayMs(null, attempt))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(null, 20)).toBe(32_000);
  });
});

describe('abortableSleep', () => {
  it('rejects with an abort error when the signal fires', async () => {
    const controller = new AbortController();
    const sleeping = abortableSleep(60_000, controller.signal);
    controller.abort();
    expect(isAbortError(await sleeping.catch((e: unknown) => e))).toBe(true);
  });
});
