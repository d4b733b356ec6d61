/** The query API's `timespan`: an ISO 8601 interval (`start/end`, `start/duration`) or a duration ending now. */
export function parseTimespan(value: string, now: number): { start: number; end: number } | null {
  const parts = value.split('/');
  if (parts.length === 1) {
    const ms = durationMs(parts[0]!);
    return ms === null ? null : { start: now - ms, end: now };
  }
  if (parts.length !== 2) return null;
  const start = Date.parse(parts[0]!);
  if (Number.isNaN(start)) return null;
  const end = parts[1]!.startsWith('P') ? start + (durationMs(parts[1]!) ?? NaN) : Date.parse(parts[1]!);
  return Number.isNaN(end) || end < start ? null : { start, end };
}

function durationMs(value: string): number | null {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return null;
  const [, w, d, h, m, s] = match.map((part) => Number(part ?? 0));
  return (((w! * 7 + d!) * 24 + h!) * 60 + m!) * 60_000 + s! * 1000;
}
