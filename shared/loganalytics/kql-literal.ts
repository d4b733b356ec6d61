/**
 * KQL literals built from untrusted values. Strings are double-quoted with backslash escapes (the
 * Kusto string-literal rules), so a quote, backslash or line break typed by the admin can never end
 * the literal or change the query.
 */
export function kqlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `datetime(2026-01-02T03:04:05.000Z)` for an ISO time; throws on a value that is not a time. */
export function kqlDatetime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`"${iso}" is not a date/time.`);
  return `datetime(${new Date(ms).toISOString()})`;
}

/** `("a", "b")` for an `in` / `in~` list. */
export function kqlList(values: readonly string[]): string {
  return `(${values.map(kqlString).join(', ')})`;
}
