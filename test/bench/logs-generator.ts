import fs from 'node:fs';
import { once } from 'node:events';
import type { ProvisioningObjectSummary } from '../../shared/graph/provisioning-log';
import { generateSampleTenant } from '../../sample-tenant';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
/** A GUID-shaped id unique per (kind, index). */
const guid = (kind: number, i: number) => `${hex(i, 8)}-${hex(kind, 4)}-4${hex(i >>> 4, 3)}-8${hex(i * 7, 3)}-${hex(i * 2654435761, 12)}`;

/**
 * Writes `count` realistic records as one portal-style JSON array: the sample tenant's records (every
 * app, outcome, error code, step and property shape) repeated over `days` days ending at `now`, each
 * with its own id, change id and cycle. Streams to disk; memory stays flat.
 */
export async function writePortalJson(file: string, count: number, now: Date, days = 90): Promise<{ bytes: number; templates: number }> {
  const templates: ProvisioningObjectSummary[] = generateSampleTenant({ now }).provisioningLogs;
  const out = fs.createWriteStream(file);
  const start = now.getTime() - days * 86_400_000;
  const step = (days * 86_400_000) / count;
  let bytes = 0;
  const write = async (text: string) => {
    bytes += text.length;
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('[');
  let buffer = '';
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]!;
    const cycle = Math.floor(i / 400);
    const record = { ...t, id: guid(1, i), changeId: guid(2, i), cycleId: guid(3, cycle), activityDateTime: new Date(start + i * step).toISOString() };
    buffer += (i === 0 ? '' : ',') + JSON.stringify(record);
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer + ']');
  out.end();
  await once(out, 'finish');
  return { bytes, templates: templates.length };
}
