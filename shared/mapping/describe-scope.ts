export interface ScopeClause {
  sourceOperandName: string;
  operatorName: string;
  targetOperand?: { values?: string[] | null } | null;
}

export interface ScopeFilterGroup {
  name?: string | null;
  clauses?: ScopeClause[] | null;
}

/** Canonical operator key: upper case without spaces or underscores ("Greater_Than" → "GREATERTHAN"). */
function operatorKey(operator: string): string {
  return operator.replace(/[\s_]/g, '').toUpperCase();
}

const UNARY: Record<string, string> = {
  ISTRUE: 'is true',
  ISFALSE: 'is false',
  ISNULL: 'is empty',
  ISNOTNULL: 'is not empty',
};

const BINARY: Record<string, string> = {
  EQUALS: 'equals',
  NOTEQUALS: 'does not equal',
  INCLUDES: 'contains',
  ENDSWITH: 'ends with',
  REGEXMATCH: 'matches the pattern',
  NOTREGEXMATCH: 'does not match the pattern',
  GREATERTHAN: 'is greater than',
  GREATERTHANOREQUALS: 'is greater than or equal to',
  '&': 'has all of the bits',
  '!&': 'has none of the bits',
};

/** IS TRUE, IS FALSE, IS NULL, IS NOT NULL: operators that take no value. */
export function isUnaryOperator(operator: string): boolean {
  return UNARY[operatorKey(operator)] !== undefined;
}

/** One scoping clause in words, e.g. `department equals "Sales"` or `accountEnabled is true`. */
export function describeClause(clause: ScopeClause): string {
  const key = operatorKey(clause.operatorName);
  const unary = UNARY[key];
  if (unary) return `${clause.sourceOperandName} ${unary}`;
  const values = (clause.targetOperand?.values ?? []).map((v) => `"${v}"`);
  const verb = BINARY[key] ?? clause.operatorName;
  const operand = values.length === 0 ? '(no value)' : values.length === 1 ? values[0] : `any of ${values.join(', ')}`;
  return `${clause.sourceOperandName} ${verb} ${operand}`;
}

/** Scoping filter groups in words: groups are ORed together, the clauses inside one group ANDed. */
export function describeScope(groups: ScopeFilterGroup[] | null | undefined): Array<{ name: string; clauses: string[] }> {
  return (groups ?? []).map((group, index) => ({
    name: group.name?.trim() || `Scoping filter ${index + 1}`,
    clauses: (group.clauses ?? []).map(describeClause),
  }));
}
