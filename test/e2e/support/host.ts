import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from './paths';

export interface RunningHost {
  /** The one-time sign-in URL the host printed (`http://127.0.0.1:<port>/?secret=<hex>`). */
  signInUrl: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+)\/\?secret=[0-9a-f]+/i;
const START_TIMEOUT_MS = 30_000;

/** Starts `pwb ui` on an ephemeral port with a fresh temp data dir and waits for its printed URL. */
export async function startHost(): Promise<RunningHost> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pwb-e2e-'));
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin/pwb.mjs'), 'ui', '--port', '0', '--no-open', '--data-dir', dataDir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  const stop = async () => {
    await stopProcess(child);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const signInUrl = await waitForSignInUrl(child);
    const origin = URL_LINE.exec(signInUrl)![1]!;
    return { signInUrl, origin, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForSignInUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const lines = createInterface({ input: child.stdout! });
    const errors = createInterface({ input: child.stderr! });
    const fail = (reason: string) => {
      cleanup();
      reject(new Error(`${reason}\n--- pwb ui output ---\n${output.join('\n')}`));
    };
    const timer = setTimeout(() => fail(`pwb ui printed no URL within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const onExit = (code: number | null) => fail(`pwb ui exited (code ${code}) before printing its URL`);
    const cleanup = () => {
      clearTimeout(timer);
      child.off('exit', onExit);
    };
    child.once('exit', onExit);
    errors.on('line', (line) => output.push(`[stderr] ${line}`));
    lines.on('line', (line) => {
      output.push(line);
      const match = URL_LINE.exec(line);
      if (match) {
        cleanup();
        resolve(match[0]);
      }
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
