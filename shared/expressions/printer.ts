import type { ExprNode } from './ast';

export function quoteString(value: string): string {
  return `"${value.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}

/** Canonical text of a tree: `Name(a, , b)`, one space after each comma, like Graph's `expression`. */
export function printExpression(node: ExprNode): string {
  switch (node.kind) {
    case 'attribute':
      return `[${node.name}]`;
    case 'string':
      return quoteString(node.value);
    case 'number':
    case 'hex':
      return node.text;
    case 'identifier':
      return node.name;
    case 'compare':
      return `${printExpression(node.left)} ${node.op} ${printExpression(node.right)}`;
    case 'call':
      return `${node.name}(${node.args.map((arg) => (arg ? printExpression(arg) : '')).join(', ')})`;
  }
}
