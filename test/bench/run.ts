// npm run bench: every benchmark, printing its figures against the bars in the issues.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { foundationBench } from './foundation.bench';
import { graphBench } from './graph.bench';
import { scimBench } from './scim.bench';
import { expressionsBench } from './expressions.bench';
import { logsBench } from './logs.bench';
import { desktopImportBench } from './desktop-import.bench';
import { trialBench } from './trial.bench';
import { forecastBench } from './forecast.bench';
import { pickersBench } from './pickers.bench';
import { formatFigure, type Figure } from './measure';

const root = path.resolve(import.meta.dirname, '..', '..');
if (!fs.existsSync(path.join(root, 'out', 'renderer', 'index.html'))) {
  const built = spawnSync(process.execPath, ['build/scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const suites: Array<[string, () => Promise<Figure[]>]> = [['Foundation', foundationBench], ['Graph: reading a tenant', graphBench], ['Local SCIM endpoint (100k users, 10 connections)', scimBench], ['Expressions: parse and evaluate', expressionsBench], ['Trial sync (sample tenant, local SCIM endpoint)', trialBench], ['Before rollout: first-cycle forecast', forecastBench], ['Pickers (100,000 assigned users)', pickersBench], ['Provisioning logs (1,000,000 records)', logsBench], ['Desktop app: a 1 GB log file imported by path', desktopImportBench]];
// `npm run bench -- logs scim` runs the suites whose names contain any of the words given.
const only = process.argv.slice(2).map((word) => word.toLowerCase());
let over = 0;
for (const [name, bench] of suites.filter(([name]) => only.length === 0 || only.some((word) => name.toLowerCase().includes(word)))) {
  console.log(`\n${name}`);
  for (const figure of await bench()) {
    console.log('  ' + formatFigure(figure));
    if (figure.max !== undefined && figure.value > figure.max) over += 1;
  }
}
console.log(over === 0 ? '\nEvery figure is within its bar.' : `\n${over} figure(s) over their bar.`);
process.exitCode = over === 0 ? 0 : 1;
