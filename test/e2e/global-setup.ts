import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './support/paths';

/** The initial JavaScript a window downloads must stay under this, gzipped (React + Fluent ≈ 130 KB). */
const INITIAL_JS_BUDGET_BYTES = 350 * 1024;

/**
 * The host serves out/renderer, so the E2E run builds it first and never tests a stale bundle, then
 * holds the build to its size budget. A caller that has just built it (npm test) can skip the build
 * with PWB_E2E_SKIP_BUILD=1; the budget is checked either way.
 */
export default function globalSetup(): void {
  if (process.env.PWB_E2E_SKIP_BUILD !== '1') {
    execFileSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
      { cwd: repoRoot, stdio: 'inherit' },
    );
  }
  checkInitialJsBudget();
}

function checkInitialJsBudget(): void {
  const outDir = path.join(repoRoot, 'out/renderer');
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  // Whatever index.html loads up front: its entry module and any modulepreloads.
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  if (initial.length === 0) throw new Error(`No script found in ${outDir}/index.html`);
  const gzipped = initial.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(outDir, file))).length, 0);
  if (gzipped > INITIAL_JS_BUDGET_BYTES) {
    const all = readdirSync(path.join(outDir, 'assets')).join(', ');
    throw new Error(`Initial JS is ${(gzipped / 1024).toFixed(1)} KB gzipped, over the ${INITIAL_JS_BUDGET_BYTES / 1024} KB budget (${all}).`);
  }
}
