import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { median, type Figure } from './measure';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Starts `pwb ui` and returns the milliseconds until the first page is served through the printed URL. */
async function timeToFirstPage(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/pwb.mjs', 'ui', '--port', '0', '--no-open', '--data-dir', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`pwb ui printed no URL within 30 s:\n${out}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?secret=[0-9a-f]+/);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      });
      child.on('exit', (code) => reject(new Error(`pwb ui exited with ${code}`)));
    });
    const login = await fetch(url, { redirect: 'manual' });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const page = await fetch(new URL('/', url), { headers: { cookie } });
    if (page.status !== 200 || !(await page.text()).includes('<div id="root"')) throw new Error(`first page answered ${page.status}`);
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** Gzipped bytes of the JS the renderer's index.html loads up front (entry script + modulepreloads). */
function initialJsGzipBytes(): number {
  const dir = path.join(root, 'out', 'renderer');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return sources.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, src)), { level: 9 }).length, 0);
}

export async function foundationBench(): Promise<Figure[]> {
  const fresh: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-bench-'));
    try {
      fresh.push(await timeToFirstPage(dataDir));
      warm.push(await timeToFirstPage(dataDir));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return [
    { name: 'pwb ui → first page, new workspace (seeds sample), median of 3', value: median(fresh), unit: 'ms', max: 3000 },
    { name: 'pwb ui → first page, existing workspace, median of 3', value: median(warm), unit: 'ms', max: 3000 },
    { name: 'initial renderer JS, gzipped', value: Math.round(initialJsGzipBytes() / 1024), unit: 'KB', max: 350 },
  ];
}
