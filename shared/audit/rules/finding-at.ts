/** Where a finding points: the attribute mapping, and the span of its expression when a node is given. */
export const findingAt = (m: { index: number; mapping: { targetAttributeName: string } }, node?: { start: number; end: number }) => ({
  mappingIndex: m.index,
  targetAttributeName: m.mapping.targetAttributeName,
  ...(node ? { start: node.start, end: node.end } : {}),
});
