import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** `pwb scim serve` as its own process, so the load generator does not share its event loop. */
export async function serveScim(db: string, token: string, extraArgs: readonly string[] = []): Promise<{ tenantUrl: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [path.join(root, 'bin/pwb.mjs'), 'scim', 'serve', '--db', db, '--token', token, ...extraArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const tenantUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`scim serve did not start: ${out}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /SCIM endpoint: (\S+)/.exec(out);
      if (match && out.includes('Press Ctrl-C')) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
  });
  return {
    tenantUrl,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}
