/** A SCIM resource as attribute → value rows: nested complex attributes become dotted paths; arrays stay whole. */
export function flattenObject(object: Readonly<Record<string, unknown>>, prefix = ''): Array<[string, unknown]> {
  const rows: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(object)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      rows.push(...flattenObject(value as Record<string, unknown>, path));
    } else {
      rows.push([path, value]);
    }
  }
  return rows;
}
