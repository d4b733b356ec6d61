import type { LaError } from '../../../shared/loganalytics/la-result';

/** A PartialError in words: the service's message and each detail it gave. */
export function partialMessage(error: LaError): string {
  const details = (error.details ?? []).map((d) => [d.code, d.message].filter(Boolean).join(': ')).filter(Boolean);
  return `${error.code}: ${error.message}${details.length > 0 ? ` (${details.join('; ')})` : ''}`;
}
