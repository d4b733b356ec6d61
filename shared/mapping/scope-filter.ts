import type { FilterClause, ScopingFilter } from '../graph/synchronization';

const key = (operator: string) => operator.replace(/[\s_]/g, '').toUpperCase();

function single(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? single(value[0]) : null;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * One scoping clause (spec §7): values compare as text, case-sensitive; any clause except IS NULL
 * is false when the value is null or empty; regex matches are unanchored.
 */
export function clauseMatches(clause: FilterClause, source: Readonly<Record<string, unknown>>): boolean {
  const value = single(source[clause.sourceOperandName]);
  const op = key(clause.operatorName);
  const empty = value === null || value === '';
  if (op === 'ISNULL') return empty;
  if (empty) return false;
  const operand = clause.targetOperand.values[0] ?? '';
  switch (op) {
    case 'ISNOTNULL':
      return true;
    case 'ISTRUE':
      return value!.toLowerCase() === 'true';
    case 'ISFALSE':
      return value!.toLowerCase() === 'false';
    case 'EQUALS':
      return clause.targetOperand.values.includes(value!);
    case 'NOTEQUALS':
      return !clause.targetOperand.values.includes(value!);
    case 'INCLUDES':
      return value!.includes(operand);
    case 'ENDSWITH':
      return value!.endsWith(operand);
    case 'GREATERTHAN':
      return /^-?\d+$/.test(value!) && Number(value) > Number(operand);
    case 'GREATERTHANOREQUALS':
      return /^-?\d+$/.test(value!) && Number(value) >= Number(operand);
    case 'REGEXMATCH':
    case 'NOTREGEXMATCH': {
      let matched: boolean;
      try {
        matched = new RegExp(operand).test(value!);
      } catch {
        return false;
      }
      return op === 'REGEXMATCH' ? matched : !matched;
    }
    case '&':
      return operand.includes(value!);
    case '!&':
      return !operand.includes(value!);
    default:
      return false;
  }
}

/** In scope when there are no groups, or any group has all its clauses true. */
export function inScope(scope: ScopingFilter | null | undefined, source: Readonly<Record<string, unknown>>): boolean {
  const groups = scope?.groups ?? [];
  return groups.length === 0 || groups.some((group) => group.clauses.every((clause) => clauseMatches(clause, source)));
}
