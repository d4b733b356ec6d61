import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureLogs } from '../capture-logs';

const electron = vi.hoisted(() => ({
  app: { getVersion: () => '0.1.0', isReady: vi.fn(() => true), quit: vi.fn() },
  clipboard: { writeText: vi.fn() },
  dialog: { showMessageBox: vi.fn(async () => ({ response: 1 })) },
}));
vi.mock('electron', () => electron);
const { buildCrashReport, reportMainProcessError, showCrashDialog } = await import('../../../../../electron/main/desktop/crash-report');

const versions = { app: '0.1.0', electron: '41.7.1', chrome: '146', node: '22', v8: '14' };

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  vi.clearAllMocks();
  logs = captureLogs();
});
afterEach(() => logs.restore());

describe('buildCrashReport', () => {
  it('names what happened, the versions and the stack', () => {
    const report = buildCrashReport('The window crashed', new TypeError('x is undefined'), versions, '/home/admin');
    expect(report).toContain('What happened: The window crashed');
    expect(report).toContain('Electron 41.7.1');
    expect(report).toContain('TypeError: x is undefined');
    expect(report).toMatch(/\n\s+at /);
  });

  it('redacts tokens, codes and secrets, and shortens the home folder', () => {
    const error = new Error('GET https://graph.microsoft.com/v1.0/me?code=SECRETCODE failed: Authorization: Bearer abc.def.ghi');
    error.stack = `Error: x\n    at /home/admin/app/out/main/index.cjs:1:2 eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig`;
    const report = buildCrashReport('Sign-in failed', error, versions, '/home/admin');
    expect(report).not.toContain('SECRETCODE');
    expect(report).not.toContain('abc.def.ghi');
    expect(report).not.toContain('eyJhbGciOiJIUzI1NiJ9');
    expect(report).not.toContain('/home/admin');
    expect(report).toContain('~/app/out/main/index.cjs');
  });

  it('reports a thrown non-error value', () => {
    expect(buildCrashReport('Rejected', 'plain reason', versions)).toContain('plain reason');
  });
});

describe('showCrashDialog', () => {
  it('copies the report and asks again, then returns the choice', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 }).mockResolvedValueOnce({ response: 2 });
    await expect(showCrashDialog('Oops', 'the report', { canReload: true })).resolves.toBe('quit');
    expect(electron.clipboard.writeText).toHaveBeenCalledWith('the report');
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', detail: 'the report', buttons: ['Copy report', 'Reload', 'Quit'] }));
  });
});

describe('reportMainProcessError', () => {
  it('shows a redacted report and quits when asked', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 2 });
    await reportMainProcessError('An unexpected error', new Error('refresh_token=abc123 leaked'));
    const shown = (electron.dialog.showMessageBox.mock.calls[0] as unknown as [{ detail: string }])[0];
    expect(shown.detail).not.toContain('abc123');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(logs.lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'An unexpected error' }));
  });

  it('only logs before the app is ready', async () => {
    electron.app.isReady.mockReturnValueOnce(false);
    await reportMainProcessError('Early', new Error('boom'));
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
