/**
 * A static access token (`--access-token`, `PWB_ACCESS_TOKEN`) cannot be refreshed: Graph tokens last
 * about an hour (60–90 minutes), and a read still running then stops with a 401. Before a long read
 * the CLI says so once, with the token's own expiry when it is a JWT (its `exp` claim).
 */

/** The token's `exp` as a Date, or undefined when it is not a JWT with a numeric `exp` (opaque tokens, tests). */
export function tokenExpiry(token: string): Date | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? new Date(claims.exp * 1000) : undefined;
  } catch {
    return undefined;
  }
}

const minutes = (ms: number) => Math.max(0, Math.round(ms / 60_000));

/** "in about 52 minutes" / "in about 2 hours" */
function inWords(ms: number): string {
  const m = minutes(ms);
  if (m < 1) return 'in less than a minute';
  if (m < 90) return `in about ${m} minute${m === 1 ? '' : 's'}`;
  return `in about ${Math.round(m / 60)} hours`;
}

/** "2026-12-03 15:20 UTC" */
const clockTime = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The one warning line printed on stderr before a long read with a static token. */
export function staticTokenWarning(token: string, now: Date = new Date()): string {
  const expiry = tokenExpiry(token);
  const advice = 'sign in with `pwb login` instead, so the token is refreshed during the read.';
  if (!expiry) {
    return `Warning: a static access token cannot be refreshed; it expires about an hour after it was issued, and the read will stop then. For a long read, ${advice}`;
  }
  const left = expiry.getTime() - now.getTime();
  if (left <= 0) return `Warning: the static access token expired at ${clockTime(expiry)} and cannot be refreshed; the read will stop at its first request. Get a new token, or ${advice}`;
  return `Warning: a static access token cannot be refreshed; this one expires at ${clockTime(expiry)} (${inWords(left)}), and the read will stop then. For a long read, ${advice}`;
}
