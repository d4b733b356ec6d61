/** A value as the admin reads it: text in quotes, null as "null", other JSON as JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value !== null && typeof value === 'object' && 'ignoreFlow' in value) return '(left out)';
  return JSON.stringify(value);
}

export const STATUS_LABEL: Record<string, string> = {
  value: 'Sent',
  default: 'Default (create only)',
  'skipped-null': 'Skipped: null',
  'ignored-flow': 'Left out (IgnoreFlow)',
  'add-only': 'Create only',
  error: 'Error',
};
