import type { Decision, HttpExchange, ObjectRun, Outcome, Phase, PhaseName, TrialRun } from '../../../shared/sync';
import type { Palette } from '../colors';
import { flattenObject, pairs, shortName, showValue } from './trial-values';

export interface TimelineOptions {
  verbose: boolean;
  palette: Palette;
}

const PHASE_LABEL: Record<PhaseName, string> = { import: 'Import', scope: 'Scope', match: 'Match', action: 'Action' };
const OUTCOME_WORD: Record<Outcome, string> = { success: 'Success', failure: 'Failure', skipped: 'Skipped' };

function outcomeMark(outcome: Outcome, p: Palette): string {
  return outcome === 'success' ? p.green('✓') : outcome === 'failure' ? p.red('✗') : p.dim('·');
}

function decisionMark(result: Decision['result'], p: Palette): string {
  return result === 'pass' ? p.green('✓') : result === 'fail' ? p.red('✗') : p.dim('·');
}

/** The request path relative to the Tenant URL, its query decoded so a filter reads as typed. */
function pathOf(exchange: HttpExchange, baseUrl: string): string {
  const relative = exchange.url.startsWith(baseUrl) ? exchange.url.slice(baseUrl.length) || '/' : exchange.url;
  try {
    return decodeURIComponent(relative);
  } catch {
    return relative;
  }
}

function bodyLines(marker: string, body: unknown, indent: string): string[] {
  if (body === null || body === undefined || body === '') return [];
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
  return text.split('\n').map((line, i) => `${indent}${i === 0 ? marker : ' '.repeat(marker.length)}${line}`);
}

function exchangeLines(exchange: HttpExchange, run: TrialRun, options: TimelineOptions, indent: string): string[] {
  const p = options.palette;
  const head = `${indent}${exchange.method} ${pathOf(exchange, run.target.baseUrl)}`;
  const purpose = p.dim(`  (${exchange.purpose})`);
  const bodyIndent = indent + '  ';
  if (!exchange.sent) return [`${head} ${p.yellow('— not sent (dry run)')}${purpose}`, ...bodyLines('> ', exchange.requestBody, bodyIndent)];
  const lines: string[] = [];
  if (exchange.response) {
    const status = String(exchange.response.status);
    lines.push(`${head} → ${exchange.response.status < 400 ? p.green(status) : p.red(status)} · ${exchange.response.durationMs} ms${purpose}`);
  } else {
    lines.push(`${head} → ${p.red(`no answer: ${exchange.error ?? 'unknown error'}`)}${purpose}`);
  }
  if (options.verbose) {
    lines.push(...bodyLines('> ', exchange.requestBody, bodyIndent));
    if (exchange.response) lines.push(...bodyLines('< ', exchange.response.body, bodyIndent));
  }
  return lines;
}

function phaseLines(phase: Phase, run: TrialRun, options: TimelineOptions): string[] {
  const p = options.palette;
  const lines = [`  ${outcomeMark(phase.status, p)} ${PHASE_LABEL[phase.name].padEnd(6)}  ${phase.summary}`];
  for (const d of phase.decisions) lines.push(`      ${decisionMark(d.result, p)} ${d.label}${d.detail ? `: ${d.detail}` : ''}`);
  for (const seq of phase.exchanges) {
    const exchange = run.exchanges.find((e) => e.seq === seq);
    if (exchange) lines.push(...exchangeLines(exchange, run, options, '      '));
  }
  return lines;
}

function objectLines(object: ObjectRun, run: TrialRun, options: TimelineOptions): string[] {
  const p = options.palette;
  const who = object.reportableIdentifier && object.reportableIdentifier !== object.displayName ? ` <${object.reportableIdentifier}>` : '';
  const lines = ['', p.bold(`${object.kind} ${object.displayName}${who}`) + ` — ${object.action}: ${outcomeMark(object.status, p)} ${OUTCOME_WORD[object.status]}`];
  lines.push(`  ${object.verdict}`);
  for (const phase of object.phases) lines.push(...phaseLines(phase, run, options));
  if (object.error) {
    lines.push(`  ${object.status === 'failure' ? p.red(object.error.errorCode) : p.yellow(object.error.errorCode)}: ${object.error.reason}`);
    if (object.error.recommendedAction) lines.push(`      Recommended: ${object.error.recommendedAction}`);
    if (object.error.additionalDetails) lines.push(`      ${object.error.additionalDetails}`);
  }
  if (object.targetObject) {
    lines.push(`  Target object${object.targetId ? ` ${object.targetId}` : ''}${run.dryRun ? ' (as the target holds it; nothing was written)' : ''}`);
    lines.push(...pairs(flattenObject(object.targetObject).map(([k, v]) => [shortName(k), showValue(v)] as const), '      '));
  } else if (object.targetId === null && object.status !== 'failure') {
    lines.push('  No target object');
  }
  if (object.attributes.length) {
    lines.push('  Source → landed');
    const rows = object.attributes.map((a) => {
      const note = `(${a.status}${a.note ? `: ${a.note}` : ''})`;
      return [shortName(a.targetAttributeName), `${showValue(a.sourceValue, 40)} → ${showValue(a.landed, 40)}  ${p.dim(note)}`] as const;
    });
    lines.push(...pairs(rows, '      '));
  }
  return lines;
}

/** A trial run as the UI's timeline reads: verdict, source changes, then Import → Scope → Match → Action per object. */
export function renderTimeline(run: TrialRun, options: TimelineOptions): string[] {
  const p = options.palette;
  const verdict = `${outcomeMark(run.status, p)} ${OUTCOME_WORD[run.status]}: ${run.verdict}`;
  const lines = [
    p.bold(verdict),
    p.dim(`${run.scenario.name} · ${run.subject.kind} ${run.subject.displayName} → ${run.target.name} (${run.target.baseUrl}) · dialect ${run.dialect} · ${run.durationMs} ms · run ${run.id}`),
    '',
    'Source changes',
    ...(run.sourceChanges.length ? run.sourceChanges.map((c) => `  · ${c}`) : ['  · none (the source as read)']),
  ];
  for (const object of run.objects) lines.push(...objectLines(object, run, options));
  const claimed = new Set(run.objects.flatMap((o) => o.phases.flatMap((ph) => ph.exchanges)));
  const others = run.exchanges.filter((e) => !claimed.has(e.seq));
  if (others.length) lines.push('', 'Other requests', ...others.flatMap((e) => exchangeLines(e, run, options, '  ')));
  return lines;
}
