import { app, clipboard, dialog } from 'electron';
import { createLogger, redactText } from '../../core/logger';
import { currentVersions, describeVersions } from './about';

const log = createLogger({ scope: 'crash' });

/**
 * A crash report the admin can paste into a ticket: what happened, versions and the stack. Every line
 * passes through the logger's redaction, so tokens, codes and secrets in a message or stack never
 * leave the machine this way; home-directory paths are shortened to `~`.
 */
export function buildCrashReport(what: string, error: unknown, versions = currentVersions(safeVersion()), home = process.env.HOME ?? process.env.USERPROFILE): string {
  const detail = error instanceof Error ? `${error.name}: ${error.message}\n${(error.stack ?? '').split('\n').slice(1).join('\n')}` : String(error);
  const lines = [`What happened: ${what}`, `When: ${new Date().toISOString()}`, describeVersions(versions), '', detail.trim()];
  // The logger's redaction, plus `name=value` secrets outside a query string (e.g. in a message).
  let text = redactText(lines.join('\n')).replace(/\b(access_token|refresh_token|id_token|client_secret|password|secret|code)=([^&\s"',;]+)/gi, '$1=[redacted]');
  if (home && home.length > 1) text = text.split(home).join('~');
  return text;
}

function safeVersion(): string {
  try {
    return app.getVersion();
  } catch {
    return 'unknown';
  }
}

export type CrashChoice = 'continue' | 'reload' | 'quit';

/** Shows the report with Copy / Reload / Quit; copying keeps the dialog's answer loop going. */
export async function showCrashDialog(title: string, report: string, options: { canReload: boolean }): Promise<CrashChoice> {
  const buttons = ['Copy report', ...(options.canReload ? ['Reload'] : ['Continue']), 'Quit'];
  for (;;) {
    const { response } = await dialog.showMessageBox({ type: 'error', title, message: title, detail: report, buttons, defaultId: 1, cancelId: 1, noLink: true });
    if (response === 0) {
      clipboard.writeText(report);
      continue;
    }
    if (response === 2) return 'quit';
    return options.canReload ? 'reload' : 'continue';
  }
}

let showing = false;

/** Reports an unexpected error in the main process (logged, redacted, shown once at a time). */
export async function reportMainProcessError(what: string, error: unknown): Promise<void> {
  log.error(what, { error, stack: error instanceof Error ? error.stack : undefined });
  if (showing || !app.isReady()) return;
  showing = true;
  try {
    const choice = await showCrashDialog('Provisioning Workbench hit an unexpected error', buildCrashReport(what, error), { canReload: false });
    if (choice === 'quit') app.quit();
  } finally {
    showing = false;
  }
}

export function installCrashHandlers(): void {
  process.on('uncaughtException', (error) => void reportMainProcessError('An unexpected error in the main process', error));
  process.on('unhandledRejection', (reason) => void reportMainProcessError('An unhandled promise rejection in the main process', reason));
}
