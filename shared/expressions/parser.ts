import type { ExprNode } from './ast';
import { ExpressionError } from './errors';
import { tokenize, type Token } from './lexer';

const MAX_DEPTH = 1000;
const LOGICAL_WORDS = new Set(['AND', 'OR', 'NOT', 'XOR', 'ANDALSO', 'ORELSE']);

/** Parses an expression into a positioned tree; every failure is an `ExpressionError` of kind `parse`. */
export function parseExpression(text: string): ExprNode {
  const tokens = tokenize(text);
  let pos = 0;
  let depth = 0;

  const peek = (): Token => tokens[pos]!;
  const next = (): Token => tokens[pos++]!;
  const describe = (token: Token): string => (token.type === 'eof' ? 'end of expression' : `"${text.slice(token.start, token.end)}"`);

  function term(): ExprNode {
    const left = operand();
    const token = peek();
    if (token.type === 'op') {
      next();
      const right = operand();
      const after = peek();
      if (after.type === 'op') throw new ExpressionError('parse', 'comparisons cannot be chained; nest IIF instead', after.start, after.end);
      checkLogical(peek());
      return { kind: 'compare', op: token.op, left, right, start: left.start, end: right.end };
    }
    checkLogical(token);
    return left;
  }

  function checkLogical(token: Token): void {
    if (token.type === 'identifier' && LOGICAL_WORDS.has(token.name.toUpperCase())) {
      throw new ExpressionError('parse', 'AND/OR logical operators are not supported; nest IIF calls instead', token.start, token.end);
    }
  }

  function operand(): ExprNode {
    const token = next();
    switch (token.type) {
      case 'attribute':
        return { kind: 'attribute', name: token.name, start: token.start, end: token.end };
      case 'string':
        return { kind: 'string', value: token.value, start: token.start, end: token.end };
      case 'number':
        return { kind: 'number', text: token.text, start: token.start, end: token.end };
      case 'hex':
        return { kind: 'hex', text: token.text, value: token.value, start: token.start, end: token.end };
      case 'identifier':
        if (peek().type === '(') return call(token);
        checkLogical(token);
        return { kind: 'identifier', name: token.name, start: token.start, end: token.end };
      default:
        throw new ExpressionError('parse', `expected a value, function or [attribute] but found ${describe(token)}`, token.start, Math.max(token.end, token.start + 1));
    }
  }

  function call(name: Extract<Token, { type: 'identifier' }>): ExprNode {
    const open = next();
    if (++depth > MAX_DEPTH) throw new ExpressionError('parse', `functions are nested more than ${MAX_DEPTH} deep`, name.start, open.end);
    const args: Array<ExprNode | null> = [];
    if (peek().type === ')') {
      const close = next();
      depth--;
      return { kind: 'call', name: name.name, nameEnd: name.end, args, start: name.start, end: close.end };
    }
    for (;;) {
      const token = peek();
      if (token.type === ',' || token.type === ')') args.push(null);
      else if (token.type === 'eof') throw new ExpressionError('parse', `missing ')' to close ${name.name}(`, open.start, open.end);
      else args.push(term());
      const sep = next();
      if (sep.type === ')') {
        depth--;
        return { kind: 'call', name: name.name, nameEnd: name.end, args, start: name.start, end: sep.end };
      }
      if (sep.type !== ',') {
        if (sep.type === 'eof') throw new ExpressionError('parse', `missing ')' to close ${name.name}(`, open.start, open.end);
        throw new ExpressionError('parse', `expected ',' or ')' in ${name.name}(…) but found ${describe(sep)}`, sep.start, sep.end);
      }
    }
  }

  const first = peek();
  if (first.type === 'eof') throw new ExpressionError('parse', 'expression is empty', 0, 0);
  const root = term();
  const rest = peek();
  if (rest.type !== 'eof') {
    throw new ExpressionError('parse', `unexpected ${describe(rest)} after the end of the expression`, rest.start, rest.end);
  }
  return root;
}
