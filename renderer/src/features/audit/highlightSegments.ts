import { highlightExpression, type ExpressionTokenKind } from '../mappings/highlightExpression';

export interface HighlightSegment {
  kind: ExpressionTokenKind;
  text: string;
  /** Part of the error span: drawn with a wavy red underline. */
  error: boolean;
}

/**
 * The expression as colored segments, with the characters of the error span (`errorStart` ..
 * `errorEnd`, at least one character) split out so they can carry the error mark.
 */
export function highlightSegments(text: string, errorStart: number | null, errorEnd: number | null): HighlightSegment[] {
  const parts: HighlightSegment[] = [];
  const end = errorStart === null || errorEnd === null ? null : Math.max(errorEnd, errorStart + 1);
  let offset = 0;
  for (const token of highlightExpression(text)) {
    const start = offset;
    const stop = offset + token.text.length;
    offset = stop;
    if (errorStart === null || end === null || stop <= errorStart || start >= end) {
      parts.push({ kind: token.kind, text: token.text, error: false });
      continue;
    }
    const a = Math.max(errorStart, start) - start;
    const b = Math.min(end, stop) - start;
    if (a > 0) parts.push({ kind: token.kind, text: token.text.slice(0, a), error: false });
    parts.push({ kind: token.kind, text: token.text.slice(a, b), error: true });
    if (b < token.text.length) parts.push({ kind: token.kind, text: token.text.slice(b), error: false });
  }
  return parts;
}
