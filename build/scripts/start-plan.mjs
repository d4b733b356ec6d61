// What `npm start` runs: the desktop app when every step that makes Electron runnable here succeeds,
// otherwise browser mode, with each step's outcome in plain lines for a terminal.

/**
 * @typedef {{ ok: true, value?: string } | { ok: false, reason: string }} StepResult
 * @typedef {{ name: string, run: (previous: Record<string, string | undefined>) => Promise<StepResult> | StepResult, key: string }} StartStep
 */

/**
 * Runs the steps in order; the first that fails stops the rest (each needs the one before it). Returns
 * what to start and the lines to print: `{ mode: 'electron', values, lines }` or `{ mode: 'browser', lines }`.
 * @param {StartStep[]} steps
 */
export async function planStart(steps) {
  /** @type {Record<string, string | undefined>} */
  const values = {};
  const lines = [];
  for (const [index, step] of steps.entries()) {
    let result;
    try {
      result = await step.run(values);
    } catch (error) {
      result = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    if (result.ok) {
      values[step.key] = result.value;
      continue;
    }
    lines.push(`✖ ${step.name}: ${result.reason}.`);
    for (const skipped of steps.slice(index + 1)) lines.push(`  Skipped: ${skipped.name} (it needs the step above).`);
    lines.push('The desktop app cannot run here yet, so browser mode starts instead: the same app, served on 127.0.0.1 and opened in your browser.');
    lines.push('Run `npm start` again once the machine is online to get the desktop app; nothing needs rebuilding in between.');
    return { mode: 'browser', lines };
  }
  return { mode: 'electron', values, lines };
}
