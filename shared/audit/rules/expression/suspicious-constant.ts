import type { ExprNode } from '../../../expressions';
import type { LintRule } from '../../types';
import { walk } from '../../walk';
import { findingAt } from '../finding-at';
import { perMapping } from './per-mapping';

/** A backslash that is not one of the two documented escapes (\\" and \\\\). */
function hasLoneBackslash(quoted: string): boolean {
  for (let i = 0; i < quoted.length; i++) {
    if (quoted[i] !== '\\') continue;
    if (quoted[i + 1] === '\\' || quoted[i + 1] === '"') i++;
    else return true;
  }
  return false;
}

export const suspiciousConstantRule: LintRule = {
  id: 'suspicious-constant',
  spec: 'L11',
  severity: 'warning',
  title: 'Suspicious quotes or backslashes in a constant',
  fixHint: 'In expression text, write a regex backslash as \\\\ and avoid typographic quotes inside constants.',
  check: (ctx) =>
    perMapping(ctx, (m, ast) =>
      [...walk(ast)]
        .map(({ node }) => node)
        .filter((n): n is Extract<ExprNode, { kind: 'string' }> => n.kind === 'string')
        .filter((n) => /[\u201C\u201D\u2018\u2019]/.test(n.value) || hasLoneBackslash(m.expression!.slice(n.start + 1, n.end - 1)))
        .map((n) => ({
          ...findingAt(m, n),
          message: /[\u201C\u201D\u2018\u2019]/.test(n.value)
            ? `${m.mapping.targetAttributeName}: the constant contains typographic quotes.`
            : `${m.mapping.targetAttributeName}: single backslash in a constant (only \\" and \\\\ are escapes; a regex \\d must be written \\\\d).`,
        })),
    ),
};
