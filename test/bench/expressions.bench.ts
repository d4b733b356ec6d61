import { compileExpression, parseExpression } from '../../shared/expressions';
import { findApp } from '../../shared/audit';
import { appPopulation } from '../../shared/mapping/app-population';
import { CompiledObjectMapping } from '../../shared/mapping/evaluate-mapping';
import { generateSampleTenant } from '../../sample-tenant';
import { median, type Figure } from './measure';

/** A realistic long expression: a Switch mapping many office codes to time zones, just under 10,000 characters. */
export function longExpression(limit = 10_000): string {
  const head = 'Switch(ToUpper(Trim([physicalDeliveryOfficeName])), "Etc/UTC"';
  const pairs: string[] = [];
  for (let i = 0; ; i++) {
    const pair = `, "OFFICE-${String(i).padStart(4, '0')}", IIF(InStr([city], "North") > 0, "America/Chicago", "Europe/Berlin")`;
    if (head.length + pairs.join('').length + pair.length + 1 > limit) break;
    pairs.push(pair);
  }
  return `${head}${pairs.join('')})`;
}

function time(run: () => void, repeats: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export async function expressionsBench(): Promise<Figure[]> {
  const text = longExpression();
  for (let i = 0; i < 20; i++) compileExpression(text);
  const parseMs = time(() => parseExpression(text), 50);
  const compileMs = time(() => compileExpression(text), 50);

  const snapshot = generateSampleTenant({ now: new Date('2026-11-20T12:00:00Z') });
  const howspace = findApp(snapshot.servicePrincipals, 'Howspace')!;
  const objectMappings = howspace.synchronization.jobs[0]!.schema.synchronizationRules[0]!.objectMappings;
  const userMapping = objectMappings.find((m) => m.sourceObjectName === 'User')!;
  const users = appPopulation(howspace, snapshot, objectMappings).members.filter((m) => m.kind === 'User').map((m) => m.source);
  const compiled = new CompiledObjectMapping(userMapping);
  const N = 100_000;
  // Distinct objects (not the same few repeated) so no engine-side caching can flatter the figure.
  const objects = Array.from({ length: N }, (_, i) => ({ ...users[i % users.length]!, objectId: `user-${i}`, mailNickname: `nick${i}` }));
  for (let i = 0; i < 2000; i++) compiled.evaluate(objects[i]!);
  const evalMs = time(() => {
    for (let i = 0; i < N; i++) compiled.evaluate(objects[i]!);
  }, 5);
  const attributes = userMapping.attributeMappings.length;
  return [
    { name: `parse a ${text.length.toLocaleString('en-US')}-character expression (median)`, value: parseMs, unit: 'ms', max: 5 },
    { name: 'parse + compile it to closures (median)', value: compileMs, unit: 'ms' },
    { name: `Howspace user mapping (${attributes} attributes) × 100,000 users`, value: evalMs, unit: 'ms', max: 1000 },
    { name: 'attribute evaluations per second', value: Math.round((N * attributes) / (evalMs / 1000)), unit: '/s' },
  ];
}
