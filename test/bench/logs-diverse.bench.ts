import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleCli } from '../../build/scripts/bundle-cli.mjs';
import { writeDiversePortalJson } from './logs-diverse-generator';
import { importInChild } from './logs-import';
import { median, type Figure } from './measure';

const root = path.resolve(import.meta.dirname, '..', '..');
/** Above this size plain jq (which holds the whole document, ~5.5× the file) would need more memory than a laptop has: jq --stream then. */
const PLAIN_JQ_MAX_BYTES = 1e9;

function wallMs(command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

/** jq's own way to count error codes in a portal download: the whole array in memory, or streamed leaf by leaf. */
function jqArgs(file: string, streamed: boolean): string[] {
  return streamed
    ? ['-n', '--stream', '-c', 'reduce (inputs | select(length == 2 and .[0][3] == "errorCode" and .[0][2] == "errorInformation" and .[1] != null) | .[1]) as $c ({}; .[$c] += 1)', file]
    : ['-c', '[.[] | .provisioningStatusInfo.errorInformation.errorCode // empty] | group_by(.) | map({errorCode: .[0], count: length})', file];
}

/**
 * Issue #20's bars on records as diverse as a large tenant's (logs-diverse-generator.ts): the import
 * in a child process, then `pwb logs stats --by errorCode` on that store, each run a fresh process of
 * the bundled CLI, against jq over the same file.
 */
export async function diverseLogsBench(dir: string, count: number, now: Date): Promise<Figure[]> {
  const file = path.join(dir, 'diverse-download.json');
  const dbFile = path.join(dir, 'diverse.sqlite');
  const generated = await writeDiversePortalJson(file, count, now);
  const imported = importInChild(file, dbFile, count);
  const dbBytes = fs.statSync(dbFile).size;

  const cliDir = fs.mkdtempSync(path.join(root, 'out', 'bench-cli-'));
  try {
    const { cli } = await bundleCli({ root, outDir: cliDir });
    const stats = median([0, 1, 2].map(() => wallMs(process.execPath, [cli, 'logs', 'stats', '--by', 'errorCode', '--db', dbFile, '--format', 'json'])));
    const hasJq = spawnSync('jq', ['--version']).status === 0;
    const streamed = generated.bytes > PLAIN_JQ_MAX_BYTES;
    const jq = hasJq ? wallMs('jq', jqArgs(file, streamed)) : Number.NaN;
    const records = count.toLocaleString('en-US');
    const figures: Figure[] = [
      { name: `generate ${records} diverse records (${generated.users.toLocaleString('en-US')} users, ${generated.apps} apps; ${(generated.bytes / 1e9).toFixed(2)} GB)`, value: 0, unit: '(setup)' },
      { name: `import ${records} diverse records (portal JSON)`, value: imported.ms / 1000, unit: 's', max: 60 * (count / 1_000_000) },
      { name: 'diverse import throughput', value: Math.round(count / (imported.ms / 1000)), unit: 'records/s' },
      { name: 'diverse import peak memory (RSS of the import process)', value: Math.round(imported.maxRssKb / 1024), unit: 'MB', max: 1024 },
      { name: 'diverse store size on disk', value: Math.round(dbBytes / 1048576), unit: 'MB' },
      { name: '`pwb logs stats --by errorCode`, fresh process (median of 3)', value: stats, unit: 'ms', max: 1000 },
    ];
    if (hasJq) {
      figures.push({ name: `jq ${streamed ? '--stream ' : ''}counting error codes in the same file`, value: jq, unit: 'ms' });
      figures.push({ name: "pwb logs stats' time as a share of jq's", value: (100 * stats) / jq, unit: '%', max: 10 });
    } else figures.push({ name: 'jq not installed: no comparison', value: 0, unit: '' });
    return figures;
  } finally {
    fs.rmSync(cliDir, { recursive: true, force: true });
  }
}
