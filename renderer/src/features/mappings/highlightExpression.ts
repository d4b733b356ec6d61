/**
 * Splits a mapping expression into display tokens so attributes, constants and functions can be told
 * apart at a glance. Display only: it never rejects input (the real parser lives in shared/).
 */
export type ExpressionTokenKind = 'attribute' | 'string' | 'function' | 'number' | 'punctuation' | 'text';

export interface ExpressionToken {
  kind: ExpressionTokenKind;
  text: string;
}

const TOKEN = /(\[[^\]]*\]?)|("(?:[^"\\]|\\.)*"?)|([A-Za-z_][A-Za-z0-9_]*)(?=\s*\()|(&H[0-9A-Fa-f]+|-?\d+(?:\.\d+)?)|([(),=<>])/g;

export function highlightExpression(expression: string): ExpressionToken[] {
  const tokens: ExpressionToken[] = [];
  let last = 0;
  for (const match of expression.matchAll(TOKEN)) {
    const index = match.index;
    if (index > last) tokens.push({ kind: 'text', text: expression.slice(last, index) });
    const [text, attribute, string, fn, number] = match;
    const kind: ExpressionTokenKind = attribute
      ? 'attribute'
      : string
        ? 'string'
        : fn
          ? 'function'
          : number
            ? 'number'
            : 'punctuation';
    tokens.push({ kind, text });
    last = index + text.length;
  }
  if (last < expression.length) tokens.push({ kind: 'text', text: expression.slice(last) });
  return tokens;
}
