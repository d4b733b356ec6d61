import { functionByName, type ExprNode } from '../../expressions';
import type { FindingDraft, LintRule } from '../types';
import { calls, walk } from '../walk';

/** A backslash that is not one of the two documented escapes (\\" and \\\\). */
function hasLoneBackslash(quoted: string): boolean {
  for (let i = 0; i < quoted.length; i++) {
    if (quoted[i] !== '\\') continue;
    if (quoted[i + 1] === '\\' || quoted[i + 1] === '"') i++;
    else return true;
  }
  return false;
}

const perMapping = (ctx: Parameters<LintRule['check']>[0], each: (m: (typeof ctx.mappings)[number], ast: ExprNode) => FindingDraft[]): FindingDraft[] =>
  ctx.mappings.flatMap((m) => (m.ast ? each(m, m.ast) : []));

const at = (m: { index: number; mapping: { targetAttributeName: string } }, node?: { start: number; end: number }) => ({
  mappingIndex: m.index,
  targetAttributeName: m.mapping.targetAttributeName,
  ...(node ? { start: node.start, end: node.end } : {}),
});

export const EXPRESSION_RULES: LintRule[] = [
  {
    id: 'expression-parse-error',
    spec: 'L01',
    severity: 'error',
    title: 'Expression does not parse',
    fixHint: 'Fix the expression at the marked position; Entra rejects it when you save the mapping.',
    check: (ctx) =>
      ctx.mappings
        .filter((m) => m.parseError && !/exceeds 10,000/.test(m.parseError.message))
        .map((m) => ({ ...at(m, m.parseError!), message: `${m.mapping.targetAttributeName}: ${m.parseError!.message}` })),
  },
  {
    id: 'expression-too-long',
    spec: 'L02',
    severity: 'error',
    title: 'Expression longer than 10,000 characters',
    fixHint: 'Shorten the expression (Entra rejects expressions over 10,000 characters), e.g. replace a long IIF chain with Switch.',
    check: (ctx) =>
      ctx.mappings.filter((m) => m.parseError && /exceeds 10,000/.test(m.parseError.message)).map((m) => ({ ...at(m), message: `${m.mapping.targetAttributeName}: the expression has ${m.expression?.length} characters.` })),
  },
  {
    id: 'function-name-case',
    spec: 'L10',
    severity: 'info',
    title: 'Function name spelled with different casing',
    fixHint: 'Use the documented casing; the docs call the syntax case-sensitive.',
    check: (ctx) => ctx.mappings.flatMap((m) => (m.compiled?.warnings ?? []).map((w) => ({ ...at(m, w), message: `${m.mapping.targetAttributeName}: ${w.message}.` }))),
  },
  {
    id: 'undocumented-function',
    spec: 'L19',
    severity: 'warning',
    title: 'Undocumented or Cloud-Sync-only function',
    fixHint: 'Prefer documented functions; undocumented ones may not be accepted by the provisioning service for this app.',
    check: (ctx) =>
      perMapping(ctx, (m, ast) =>
        calls(ast)
          .map((call) => ({ call, def: functionByName(call.name) }))
          .filter(({ def }) => def && def.status !== 'documented')
          .map(({ call, def }) => ({ ...at(m, { start: call.start, end: call.nameEnd }), message: `${m.mapping.targetAttributeName}: ${def!.name} is ${def!.status === 'cloud-sync' ? 'documented only for Cloud Sync' : 'not in the function reference'}.` })),
      ),
  },
  {
    id: 'ignore-flow-nested',
    spec: 'L20',
    severity: 'warning',
    title: 'IgnoreFlowIfNullOrEmpty not at the top level',
    fixHint: 'Make IgnoreFlowIfNullOrEmpty the outermost function; nested, its behaviour is undocumented (this tool drops the attribute).',
    check: (ctx) =>
      perMapping(ctx, (m, ast) => calls(ast, 'IgnoreFlowIfNullOrEmpty').filter((c) => c !== ast).map((c) => ({ ...at(m, c), message: `${m.mapping.targetAttributeName}: IgnoreFlowIfNullOrEmpty is nested inside another function.` }))),
  },
  {
    id: 'switch-on-presence',
    spec: 'L04',
    severity: 'warning',
    title: 'IsPresent/IsNull/IsNullOrEmpty used as a Switch source',
    fixHint: 'Switch on the attribute itself and use a "" key for the empty case: Switch([x], [x], "", "default").',
    check: (ctx) =>
      perMapping(ctx, (m, ast) =>
        calls(ast, 'Switch')
          .filter((c) => c.args[0]?.kind === 'call' && /^(IsPresent|IsNull|IsNullOrEmpty)$/i.test(c.args[0].name))
          .map((c) => ({ ...at(m, c.args[0]!), message: `${m.mapping.targetAttributeName}: Switch's source is ${(c.args[0] as { name: string }).name}(…), which the documentation warns against.` })),
      ),
  },
  {
    id: 'iif-null-condition',
    spec: 'L03',
    severity: 'warning',
    title: 'IIF condition tests for null or empty',
    fixHint: 'IIF conditions on null/empty attributes "fail"; use Switch([x], [x], "", "Other") instead.',
    check: (ctx) =>
      perMapping(ctx, (m, ast) =>
        calls(ast, 'IIF')
          .filter((c) => {
            const cond = c.args[0];
            if (!cond) return false;
            if (cond.kind === 'call' && /^(IsPresent|IsNull|IsNullOrEmpty)$/i.test(cond.name)) return true;
            return cond.kind === 'compare' && [cond.left, cond.right].some((s) => s.kind === 'string' && s.value === '');
          })
          .map((c) => ({ ...at(m, c.args[0]!), message: `${m.mapping.targetAttributeName}: this IIF condition tests for a missing or empty value, which Entra documents as unsupported.` })),
      ),
  },
  {
    id: 'switch-on-reference',
    spec: 'L12',
    severity: 'warning',
    title: 'Switch on a reference attribute',
    fixHint: 'Do not use Switch on reference attributes such as manager; map the reference directly.',
    check: (ctx) =>
      perMapping(ctx, (m, ast) =>
        calls(ast, 'Switch')
          .filter((c) => c.args[0]?.kind === 'attribute' && (c.args[0].name === 'manager' || ctx.sourceObject?.attributes.find((a) => a.name === (c.args[0] as { name: string }).name)?.type === 'Reference'))
          .map((c) => ({ ...at(m, c.args[0]!), message: `${m.mapping.targetAttributeName}: Switch on the reference attribute [${(c.args[0] as { name: string }).name}].` })),
      ),
  },
  {
    id: 'item-index-zero',
    spec: 'L09',
    severity: 'warning',
    title: 'Item index 0',
    fixHint: 'Item is 1-based: use 1 for the first value.',
    check: (ctx) =>
      perMapping(ctx, (m, ast) =>
        calls(ast, 'Item')
          .filter((c) => c.args[1]?.kind === 'number' && Number(c.args[1].text) === 0)
          .map((c) => ({ ...at(m, c.args[1]!), message: `${m.mapping.targetAttributeName}: Item(…, 0) is out of range (the index is 1-based).` })),
      ),
  },
  {
    id: 'date-without-cdate',
    spec: 'L09',
    severity: 'warning',
    title: 'Date argument not converted with CDate',
    fixHint: 'Wrap date text in CDate(…) (or use Now()) before DateAdd/DateDiff.',
    check: (ctx) =>
      perMapping(ctx, (m, ast) =>
        [...calls(ast, 'DateAdd').map((c) => [c, [2]] as const), ...calls(ast, 'DateDiff').map((c) => [c, [1, 2]] as const)].flatMap(([c, slots]) =>
          slots
            .map((i) => c.args[i])
            .filter((arg): arg is ExprNode => Boolean(arg) && !(arg!.kind === 'call' && /^(CDate|Now|DateAdd|DateFromNum)$/i.test(arg!.name)))
            .map((arg) => ({ ...at(m, arg), message: `${m.mapping.targetAttributeName}: ${c.name} expects a DateTime here; this argument is text.` })),
        ),
      ),
  },
  {
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
            ...at(m, n),
            message: /[\u201C\u201D\u2018\u2019]/.test(n.value)
              ? `${m.mapping.targetAttributeName}: the constant contains typographic quotes.`
              : `${m.mapping.targetAttributeName}: single backslash in a constant (only \\" and \\\\ are escapes; a regex \\d must be written \\\\d).`,
          })),
      ),
  },
  {
    id: 'format-datetime-eager',
    spec: 'L18',
    severity: 'warning',
    title: 'FormatDateTime on an attribute that may not hold a date',
    fixHint: 'Functions evaluate eagerly: FormatDateTime fails even in an IIF branch not taken. Move the IIF inside FormatDateTime.',
    check: (ctx) =>
      perMapping(ctx, (m, ast) =>
        calls(ast, 'IIF').flatMap((iif) => [iif.args[1], iif.args[2]].flatMap((branch) => calls(branch ?? null, 'FormatDateTime').map((f) => ({ ...at(m, f), message: `${m.mapping.targetAttributeName}: FormatDateTime inside an IIF branch still runs for every object.` })))),
      ),
  },
];
