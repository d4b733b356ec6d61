/** `parse` covers syntax and compile-time validation (unknown function, arity); `eval` runtime failures. */
export type ExpressionErrorKind = 'parse' | 'eval';

export class ExpressionError extends Error {
  readonly kind: ExpressionErrorKind;
  /** UTF-16 offsets of the offending text, `end` exclusive. */
  readonly start: number;
  readonly end: number;

  constructor(kind: ExpressionErrorKind, message: string, start = 0, end = start) {
    super(message);
    this.name = 'ExpressionError';
    this.kind = kind;
    this.start = start;
    this.end = Math.max(end, start);
  }
}

export function isExpressionError(error: unknown): error is ExpressionError {
  return error instanceof ExpressionError;
}

/** 1-based line and column of an offset, for messages such as "line 2, column 7". */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
