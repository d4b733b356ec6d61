import { STEP_LABELS, type OnDemandComparison } from './types';

export interface ReportContext {
  app: { displayName: string; servicePrincipalId: string; jobId: string; templateId: string | null };
  subject: string;
  ruleId: string;
  /** Where our prediction ran, e.g. "An empty SCIM service (in memory)". */
  predictionTarget: string;
  predictedAt: string;
  calledAt: string;
  /** The documented shape Entra answered with. */
  shape: string;
  /** Entra's answer as received (pretty-printed into the report). */
  rawAnswer: unknown;
  appVersion?: string;
}

const cell = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

/**
 * The comparison as a plain-text bug report the admin can paste into an issue: what was asked, what
 * we predicted and what Entra did, every difference first, then the raw answer.
 */
export function fidelityReport(comparison: OnDemandComparison, ctx: ReportContext): string {
  const lines: string[] = [];
  lines.push(comparison.agree ? 'Provisioning Workbench: prediction matched provision on demand' : 'Provisioning Workbench fidelity bug report: prediction differs from provision on demand');
  lines.push('');
  lines.push(`App: ${ctx.app.displayName} (service principal ${ctx.app.servicePrincipalId}, job ${ctx.app.jobId}${ctx.app.templateId ? `, template ${ctx.app.templateId}` : ''})`);
  lines.push(`Subject: ${ctx.subject}`);
  lines.push(`Rule: ${ctx.ruleId}`);
  lines.push(`Prediction: trial-sync engine, default PATCH dialect (on demand ignores aadOptscim062020), against ${ctx.predictionTarget}, saved ${ctx.predictedAt}`);
  lines.push(`Entra: provisionOnDemand called ${ctx.calledAt}; answer shape: ${ctx.shape}`);
  if (ctx.appVersion) lines.push(`Workbench version: ${ctx.appVersion}`);
  lines.push(`Overall: predicted ${comparison.overall.predicted}, Entra ${comparison.overall.actual ?? '(not stated)'}`);
  lines.push('');
  lines.push(comparison.differences.length ? `Differences (${comparison.differences.length}):` : 'Differences: none');
  for (const d of comparison.differences) lines.push(`- [${d.object}] ${d.message}`);
  for (const note of comparison.notes) lines.push(`Note: ${note}`);
  for (const object of comparison.objects) {
    lines.push('');
    lines.push(`${object.kind} ${object.object}`);
    lines.push(`  ${cell('', 10)}${cell('Predicted', 34)}Entra`);
    lines.push(`  ${cell('Outcome', 10)}${cell(object.predicted?.outcome ?? '—', 34)}${object.actual?.outcome ?? '—'}`);
    lines.push(`  ${cell('Action', 10)}${cell(object.predicted?.action ?? '—', 34)}${object.actual?.action ?? '—'}`);
    lines.push(`  ${cell('Error', 10)}${cell(object.predicted?.errorCode ?? '—', 34)}${object.actual?.errorCode ?? '—'}`);
    for (const step of object.steps) {
      const p = step.predicted ? `${step.predicted.status} (${step.predicted.name || 'step'})` : '—';
      const a = step.actual ? `${step.actual.status} (${step.actual.name || 'step'})` : '—';
      lines.push(`${step.same ? ' ' : '!'} ${cell(STEP_LABELS[step.type], 10)}${cell(p, 34)}${a}`);
    }
    for (const attribute of object.attributes) {
      const p = attribute.predicted === undefined ? '(not exported)' : String(attribute.predicted);
      const a = attribute.actual === undefined ? '(not exported)' : String(attribute.actual);
      lines.push(`${attribute.same ? ' ' : '!'}   ${attribute.name}: ${p}${attribute.same ? '' : `  ≠  ${a}`}`);
    }
  }
  lines.push('');
  lines.push("Entra's answer as received:");
  lines.push(JSON.stringify(ctx.rawAnswer, null, 2));
  return lines.join('\n');
}
