import type { FindingDraft, LintRule } from '../../types';
import { calls } from '../../walk';
import { findingAt } from '../finding-at';

export const selectUniqueValueMisuseRule: LintRule = {
  id: 'select-unique-value-misuse',
  spec: 'L06',
  severity: 'error',
  title: 'SelectUniqueValue used where Entra does not support it',
  fixHint: 'SelectUniqueValue works only for HR → Active Directory: top-level, never on a matching attribute, flow "Only during object creation".',
  check: (ctx) =>
    ctx.mappings.flatMap((m): FindingDraft[] => {
      const uses = calls(m.ast, 'SelectUniqueValue');
      if (uses.length === 0) return [];
      const problems: string[] = [];
      if (uses.some((u) => u !== m.ast)) problems.push('it is nested');
      if (m.mapping.matchingPriority > 0) problems.push('the attribute is used for matching');
      if (m.mapping.flowType !== 'ObjectAddOnly') problems.push('it is not "Only during object creation"');
      problems.push('this is a SCIM app, not an Active Directory target');
      return [{ ...findingAt(m), start: uses[0]!.start, end: uses[0]!.end, message: `${m.mapping.targetAttributeName}: SelectUniqueValue is unsupported here: ${problems.join('; ')}.` }];
    }),
};
