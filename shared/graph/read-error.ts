import type { z } from 'zod';

/** `status.lastExecution.state` → "status → last execution → state" (array indexes as "item 3"). */
function fieldInWords(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'the object itself';
  return path
    .map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()))
    .join(' → ');
}

function problemInWords(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'is missing' : `is ${issue.input === null ? 'null' : `a ${typeof issue.input}`}, not ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  if (issue.code === 'invalid_value') return `has a value Graph does not document (${JSON.stringify(issue.input)?.slice(0, 40) ?? '?'})`;
  if (issue.code === 'too_small') return 'is empty';
  return 'cannot be read';
}

/**
 * The words for a Graph object the reader could not read at all: the resource, the object and the
 * field (never a validation dump), e.g. `The synchronization job "Slack.1" of "Slack" cannot be read:
 * its status → code is missing.`
 */
export function describeUnreadable(resource: string, object: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const what = issue ? `its ${fieldInWords(issue.path)} ${problemInWords(issue)}` : 'it is not in a shape Graph documents';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more field${error.issues.length > 2 ? 's' : ''})` : '';
  return `The ${resource} ${object} cannot be read: ${what}${more}.`;
}
