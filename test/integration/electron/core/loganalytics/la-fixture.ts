import fs from 'node:fs';
import path from 'node:path';
import type { ProvisioningObjectSummary } from '../../../../../shared/graph/provisioning-log';
import { sample, SAMPLE_NOW } from '../workspace-fixture';

export const WORKSPACE_ID = '5c1c7e5a-1f0e-4d47-9a3e-2b8f4c7d9e10';
const DAY_MS = 86_400_000;

/**
 * A year of provisioning logs: the sample tenant's month, a third of it per month, moved back a month
 * at a time, each copy with its own ids and cycles, and one month's failures given a different code.
 */
export function yearOfRecords(): ProvisioningObjectSummary[] {
  const month = sample().provisioningLogs;
  const out: ProvisioningObjectSummary[] = [];
  for (let k = 0; k < 12; k += 1) {
    month.forEach((record, i) => {
      if (i % 3 !== k % 3) return;
      const copy = structuredClone(record) as ProvisioningObjectSummary;
      copy.id = `${record.id}-m${k}`;
      copy.activityDateTime = new Date(Date.parse(record.activityDateTime) - k * 30 * DAY_MS).toISOString();
      if (copy.cycleId) copy.cycleId = `${copy.cycleId}-m${k}`;
      if (copy.changeId) copy.changeId = `${copy.changeId}-m${k}`;
      const error = copy.provisioningStatusInfo.errorInformation;
      if (k === 5 && error?.errorCode) error.errorCode = `${error.errorCode}Old`;
      out.push(copy);
    });
  }
  return out;
}

export const YEAR = { since: new Date(SAMPLE_NOW.getTime() - 366 * DAY_MS).toISOString(), until: SAMPLE_NOW.toISOString() };

export function writeJsonFile(dir: string, records: readonly unknown[]): string {
  const file = path.join(dir, 'year.json');
  fs.writeFileSync(file, JSON.stringify(records));
  return file;
}
