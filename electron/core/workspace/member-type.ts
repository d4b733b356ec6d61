export type MemberType = 'user' | 'group' | 'other';

/** '#microsoft.graph.user' → 'user'; anything that is neither a user nor a group → 'other'. */
export function memberTypeOf(odataType: string | undefined): MemberType {
  const name = (odataType ?? '').replace(/^#?microsoft\.graph\./i, '').toLowerCase();
  return name === 'user' || name === 'group' ? name : 'other';
}

export function odataTypeOf(type: string): string {
  return type === 'user' || type === 'group' ? `#microsoft.graph.${type}` : '#microsoft.graph.directoryObject';
}
