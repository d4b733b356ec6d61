/** A value from the source or the target as the admin reads it: text as is, nothing as an em dash, the rest as JSON. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value === '' ? '""' : value;
  return JSON.stringify(value);
}

/** A request URL with its query decoded, so `filter=userName eq "…"` reads as the engine wrote it. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(`${parsed.pathname}${parsed.search}`);
  } catch {
    return url;
  }
}

/** A JSON value pretty-printed for a code box; text bodies are shown verbatim. */
export function prettyJson(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

const runTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A run's start to the second, so runs a few seconds apart can be told apart. */
export function formatRunTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : runTimeFormat.format(date);
}
