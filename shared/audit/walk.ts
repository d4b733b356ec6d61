import type { CallNode, ExprNode } from '../expressions';

/** Every node of a tree with its parent chain (root first). */
export function* walk(node: ExprNode, parents: ExprNode[] = []): Generator<{ node: ExprNode; parents: ExprNode[] }> {
  yield { node, parents };
  const next = [...parents, node];
  if (node.kind === 'call') for (const arg of node.args) if (arg) yield* walk(arg, next);
  if (node.kind === 'compare') {
    yield* walk(node.left, next);
    yield* walk(node.right, next);
  }
}

export function calls(node: ExprNode | null, name?: string): CallNode[] {
  if (!node) return [];
  const out: CallNode[] = [];
  for (const { node: n } of walk(node)) if (n.kind === 'call' && (name === undefined || n.name.toLowerCase() === name.toLowerCase())) out.push(n);
  return out;
}

export function attributeRefs(node: ExprNode | null): Array<Extract<ExprNode, { kind: 'attribute' }>> {
  if (!node) return [];
  const out: Array<Extract<ExprNode, { kind: 'attribute' }>> = [];
  for (const { node: n } of walk(node)) if (n.kind === 'attribute') out.push(n);
  return out;
}
