export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Graph-style UTC timestamp without fractional seconds, e.g. `2024-05-01T09:30:00Z`. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** UTC timestamp with milliseconds, as provisioning-log records carry it. */
export function isoMillis(ms: number): string {
  return new Date(Math.floor(ms)).toISOString();
}
