import { describe, expect, it, vi } from 'vitest';
import { planStart, type StartStep } from '../../../../build/scripts/start-plan.mjs';

const electron = (run: StartStep['run']): StartStep => ({ key: 'electron', name: 'Get the Electron binary', run });
const sqlite = (run: StartStep['run']): StartStep => ({ key: 'sqlite', name: 'Make better-sqlite3 loadable by Electron 41.7.1', run });

describe('planStart (what npm start runs)', () => {
  it('starts the desktop app with what every step made, printing nothing', async () => {
    const plan = await planStart([electron(() => ({ ok: true, value: '/e/electron' })), sqlite(() => ({ ok: true, value: '/n/better_sqlite3.node' }))]);
    expect(plan).toEqual({ mode: 'electron', values: { electron: '/e/electron', sqlite: '/n/better_sqlite3.node' }, lines: [] });
  });

  it('offline: names the failed step and the skipped one in plain lines, and starts browser mode', async () => {
    const second = vi.fn();
    const plan = await planStart([electron(() => ({ ok: false, reason: 'its download failed (getaddrinfo ENOTFOUND github.com)' })), sqlite(second)]);
    expect(second).not.toHaveBeenCalled();
    expect(plan).toEqual({
      mode: 'browser',
      lines: [
        '✖ Get the Electron binary: its download failed (getaddrinfo ENOTFOUND github.com).',
        '  Skipped: Make better-sqlite3 loadable by Electron 41.7.1 (it needs the step above).',
        'The desktop app cannot run here yet, so browser mode starts instead: the same app, served on 127.0.0.1 and opened in your browser.',
        'Run `npm start` again once the machine is online to get the desktop app; nothing needs rebuilding in between.',
      ],
    });
  });

  it('names the native-module step when only it fails, and passes it what the steps before made', async () => {
    const second = vi.fn(() => ({ ok: false as const, reason: "neither a prebuilt binary nor Electron's headers could be downloaded (EAI_AGAIN)" }));
    const plan = await planStart([electron(() => ({ ok: true, value: '/e/electron' })), sqlite(second)]);
    expect(second).toHaveBeenCalledWith({ electron: '/e/electron' });
    expect(plan.mode).toBe('browser');
    expect(plan.lines[0]).toBe("✖ Make better-sqlite3 loadable by Electron 41.7.1: neither a prebuilt binary nor Electron's headers could be downloaded (EAI_AGAIN).");
  });

  it('turns a step that throws into a failed step', async () => {
    const plan = await planStart([
      electron(() => {
        throw new Error('EACCES: permission denied, open node_modules/electron/path.txt');
      }),
    ]);
    expect(plan.lines[0]).toBe('✖ Get the Electron binary: EACCES: permission denied, open node_modules/electron/path.txt.');
  });
});
