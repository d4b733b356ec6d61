/**
 * Writes the bundled sample tenant as a snapshot file.
 *   node --import tsx build/scripts/generate-sample.ts [--now 2025-01-31T12:00:00Z] [--out sample.json]
 * Without --out the JSON goes to stdout; without --now the current time is used.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { generateSampleTenant } from '../../sample-tenant/index';
import { parseSnapshot, serializeSnapshot } from '../../shared/snapshot/validate';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { now: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: node --import tsx build/scripts/generate-sample.ts [--now ISO-8601] [--out FILE]');
    return 0;
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    console.error(`--now must be an ISO 8601 date-time, got "${values.now}"`);
    return 2;
  }

  const started = performance.now();
  const snapshot = generateSampleTenant({ now });
  const elapsed = performance.now() - started;
  const text = serializeSnapshot(snapshot);
  const check = parseSnapshot(text);
  if (!check.ok) {
    for (const problem of check.problems.slice(0, 20)) console.error(`${problem.path}: ${problem.message}`);
    return 1;
  }

  if (values.out === undefined) process.stdout.write(text);
  else await writeFile(values.out, text, 'utf8');
  console.error(
    `Sample tenant for ${now.toISOString()}: ${snapshot.users.length} users, ${snapshot.groups.length} groups, ` +
      `${snapshot.servicePrincipals.length} apps, ${snapshot.provisioningLogs.length} log records ` +
      `(generated in ${elapsed.toFixed(0)} ms, ${(text.length / 1_048_576).toFixed(1)} MiB)${values.out ? ` → ${values.out}` : ''}`,
  );
  return 0;
}

process.exitCode = await main();
