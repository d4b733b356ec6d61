import type { ExprNode } from '../ast';
import { toText, type Value } from '../values';
import { defineFunction, evalError } from './define';
import { dotnetRegex, expandReplacement } from './dotnet-regex';
import type { Argument, FunctionDefinition } from './types';

const SLOT = { oldValue: 1, regexPattern: 2, regexGroupName: 3, replacementValue: 4, replacementAttributeName: 5, template: 6 } as const;

/** Decision §11.10: oldValue and regexPattern select different overloads and cannot be combined. */
function validateReplace(args: ReadonlyArray<ExprNode | null>): string | undefined {
  const filled = (slot: number): boolean => args[slot] !== null && args[slot] !== undefined;
  if (filled(SLOT.oldValue) && filled(SLOT.regexPattern)) return 'Replace: oldValue and regexPattern cannot be combined; leave one of them empty';
  if (!filled(SLOT.oldValue) && !filled(SLOT.regexPattern)) return 'Replace: needs either oldValue (argument 2) or regexPattern (argument 3)';
  if (filled(SLOT.regexGroupName) && !filled(SLOT.regexPattern)) return 'Replace: regexGroupName needs a regexPattern';
  if (filled(SLOT.replacementAttributeName) && !filled(SLOT.regexGroupName)) return 'Replace: replacementAttributeName needs regexPattern and regexGroupName';
  return undefined;
}

const text = (value: Argument, param: string): string | undefined => (value === undefined || value === null ? undefined : toText(value, 'Replace', param));

/** Replaces only the text each match captured in the named group. */
function replaceGroup(source: string, regex: RegExp, group: string, replacement: string): string {
  let out = '';
  let last = 0;
  for (const match of source.matchAll(regex)) {
    const span = match.indices?.groups?.[group];
    if (span) {
      out += source.slice(last, span[0]) + replacement;
      last = span[1];
    }
  }
  return out + source.slice(last);
}

function hasGroup(regex: RegExp, group: string): boolean {
  return new RegExp(`\\(\\?<${group}>`).test(regex.source);
}

export const REPLACE_FUNCTION: FunctionDefinition = defineFunction(
  'Replace',
  'source Find? RegularExpression? RegularExpressionGroupName? Replacement? ReplacementPropertyName? Template?',
  { summary: 'Replaces text: literal (oldValue), in a template, or with a .NET regular expression.', validate: validateReplace, elementwise: true },
  (args): Value => {
    const [source, oldValueArg, patternArg, groupArg, replacementArg, attributeArg, templateArg] = args;
    const oldValue = text(oldValueArg, 'oldValue');
    const pattern = text(patternArg, 'regexPattern');
    const group = text(groupArg, 'regexGroupName');
    const replacement = text(replacementArg, 'replacementValue') ?? '';
    const template = text(templateArg, 'template');
    const sourceText = text(source, 'source');

    if (attributeArg !== undefined && pattern !== undefined && group !== undefined) {
      // Provisioning doc (decision §11.10): a source with a value wins; otherwise extract the group from the replacement attribute.
      if (sourceText !== undefined && sourceText !== '') return sourceText;
      const fallback = text(attributeArg, 'replacementAttributeName');
      if (fallback === undefined) return sourceText ?? null;
      const regex = dotnetRegex(pattern, 'Replace', '');
      if (!hasGroup(regex, group)) throw evalError('Replace', `the pattern has no group named "${group}"`);
      return regex.exec(fallback)?.groups?.[group] ?? '';
    }
    if (sourceText === undefined) return null;
    if (oldValue !== undefined) {
      if (oldValue === '') throw evalError('Replace', 'oldValue must not be empty');
      return template !== undefined ? template.split(oldValue).join(sourceText) : sourceText.split(oldValue).join(replacement);
    }
    if (pattern === undefined) throw evalError('Replace', 'needs either oldValue or regexPattern');
    const regex = dotnetRegex(pattern, 'Replace');
    if (group !== undefined) {
      if (!hasGroup(regex, group)) throw evalError('Replace', `the pattern has no group named "${group}"`);
      return replaceGroup(sourceText, regex, group, replacement);
    }
    let out = '';
    let last = 0;
    for (const match of sourceText.matchAll(regex)) {
      out += sourceText.slice(last, match.index) + expandReplacement(replacement, match, sourceText);
      last = match.index + match[0].length;
    }
    return out + sourceText.slice(last);
  },
);
