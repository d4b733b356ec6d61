import fs from 'node:fs';
import { once } from 'node:events';
import type { ProvisioningObjectSummary } from '../../shared/graph/provisioning-log';
import { generateSampleTenant } from '../../sample-tenant';
import { createRandom, hash128, stableGuid, type Random } from '../../sample-tenant/random';

/** How diverse the generated log is. */
export interface DiverseLogOptions {
  /** Distinct users records are drawn from. */
  users?: number;
  /** Distinct groups (for group records). */
  groups?: number;
  /** Instances of each of the sample's five apps (their own service principal, job and target). */
  appVariants?: number;
  /** Days the records span, ending at `now`. */
  days?: number;
  seed?: string;
}

const GIVEN = [
  'Aiden', 'Amara', 'Anders', 'Anna', 'Aoife', 'Arjun', 'Astrid', 'Ayesha', 'Beatriz', 'Benedikt', 'Björn', 'Camila', 'Carlos', 'Chen', 'Chloé', 'Dalia',
  'Daniel', 'Dmitri', 'Elena', 'Elif', 'Emeka', 'Emma', 'Ethan', 'Fatima', 'Felix', 'François', 'Freya', 'Gabriel', 'Grace', 'Hana', 'Hannah', 'Hiroshi',
  'Ibrahim', 'Ines', 'Isabella', 'Ivan', 'Jakub', 'James', 'Javier', 'Jessica', 'Ji-woo', 'João', 'Jonas', 'Julia', 'Kai', 'Karin', 'Kavya', 'Kenji',
  'Lars', 'Laura', 'Leila', 'Liam', 'Lucía', 'Łukasz', 'Maja', 'Malik', 'Marco', 'María José', 'Mateo', 'Mei', 'Mohammed', 'Nadia', 'Niamh', 'Nikolai',
  'Noah', 'Nora', 'Olivia', 'Omar', 'Oskar', 'Pablo', 'Priya', 'Rafael', 'Rahul', 'Rania', 'Ren', 'Rosa', 'Ruth', 'Sakura', 'Samuel', 'Sara', 'Sebastian',
  'Siddharth', 'Sofia', 'Søren', 'Tariq', 'Thomas', 'Tomás', 'Valentina', 'Victor', 'Wei', 'William', 'Yara', 'Yusuf', 'Zainab', 'Zoë', 'Åsa',
];
const SURNAMES = [
  'Abebe', 'Adeyemi', 'Ahmed', 'Al-Sayed', 'Andersson', 'Bauer', 'Becker', 'Bianchi', 'Brown', 'Carter', 'Castillo', 'Chen', 'Clarke', 'Costa', 'Da Silva',
  'Dawson', 'De Vries', 'Dubois', 'Eriksen', 'Fernández', 'Fischer', 'Fitzgerald', 'García-López', 'Gonzalez', 'Gupta', 'Haddad', 'Hansen', 'Harper',
  'Hernández', 'Hoffmann', 'Horvath', 'Ibrahim', 'Ito', 'Jansen', 'Johansson', 'Kaur', 'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Laurent', 'Lee', 'Lindqvist',
  'Martin', 'Mendoza', 'Moreau', 'Müller', 'Murphy', 'Nakamura', 'Nguyen', 'Nielsen', 'Novak', 'Nowak', 'O’Brien', 'Okafor', 'Olsen', 'Öberg', 'Park',
  'Patel', 'Pereira', 'Petrov', 'Popescu', 'Quinn', 'Rahman', 'Reyes', 'Ricci', 'Rossi', 'Santos', 'Schmidt', 'Schneider', 'Shah', 'Silva', 'Singh',
  'Smith', 'Sørensen', 'Suzuki', 'Svensson', 'Tanaka', 'Taylor', 'Thompson', 'Torres', 'Van Dijk', 'Virtanen', 'Wagner', 'Walsh', 'Wang', 'Weber',
  'Williams', 'Wójcik', 'Yamamoto', 'Yilmaz', 'Zhang', 'Zimmermann',
];
const GROUP_WORDS = ['Sales', 'Engineering', 'Finance', 'Operations', 'Marketing', 'Support', 'Legal', 'HR', 'Research', 'Facilities', 'Procurement', 'Security'];
const REGIONS = ['EMEA', 'Americas', 'APAC', 'Nordics', 'DACH', 'UK', 'France', 'Iberia', 'Japan', 'India', 'Brazil', 'Canada'];
const VARIANT_SUFFIXES = ['', ' (EU)', ' (US)', ' (APAC)', ' - Staging', ' (Contractors)', ' (UK)', ' - Pilot', ' (LATAM)', ' (Nordics)'];

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[\s'’]/g, '');

/** The values a record's identity slots are filled with: a user, or a group. */
interface Subject {
  objectId: string;
  displayName: string;
  upn: string;
  local: string;
  given: string;
  surname: string;
  employeeId: string;
}

function makeUsers(count: number, random: Random): Subject[] {
  return Array.from({ length: count }, (_, i) => {
    const given = random.pick(GIVEN);
    const surname = random.pick(SURNAMES);
    const local = `${ascii(given)}.${ascii(surname)}${i >= GIVEN.length * SURNAMES.length ? Math.floor(i / (GIVEN.length * SURNAMES.length)) : ''}${i % 7 === 0 ? i % 97 : ''}`;
    return { objectId: random.guid(), displayName: `${given} ${surname}`, upn: `${local}@contoso.com`, local, given, surname, employeeId: String(100_000 + i) };
  });
}

function makeGroups(count: number, random: Random): Subject[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${random.pick(GROUP_WORDS)} - ${random.pick(REGIONS)}${i >= GROUP_WORDS.length * REGIONS.length ? ` ${i}` : ''}`;
    return { objectId: random.guid(), displayName: name, upn: '', local: '', given: '', surname: '', employeeId: '' };
  });
}

/** What fills a template's slots for one record. */
const SLOTS = [
  'id', 'changeId', 'cycleId', 'time', 'duration', 'objectId', 'targetId', 'upn', 'mail', 'local', 'displayName', 'given', 'surname', 'employeeId',
  'appName', 'spId', 'appId', 'jobId', 'targetSystemId',
] as const;
type Slot = (typeof SLOTS)[number];

/** A sample record's JSON cut at every value that changes per record: texts between slots. */
interface Template {
  parts: string[];
  slots: Slot[];
  app: number;
  group: boolean;
  /** The shape of the target's id: a GUID, 24 hex digits, or none. */
  targetShape: 'guid' | 'hex24' | 'none';
}

function cutTemplate(record: ProvisioningObjectSummary, app: number): Template {
  const json = JSON.stringify(record);
  const group = record.sourceIdentity?.identityType === 'Group';
  const details = (record.provisioningSteps[0]?.details ?? {}) as Record<string, string>;
  const upn = details.userPrincipalName ?? /'([^'\s]+@contoso\.com)'/.exec(json)?.[1] ?? '';
  const targetId = record.targetIdentity?.id ?? '';
  const values: Array<[Slot, string, boolean]> = [
    ['id', record.id, false],
    ['changeId', record.changeId ?? '', false],
    ['cycleId', record.cycleId ?? '', false],
    ['time', record.activityDateTime, false],
    ['duration', `"durationInMilliseconds":${record.durationInMilliseconds}`, false],
    ['objectId', record.sourceIdentity?.id ?? '', false],
    ['targetId', targetId, false],
    ['upn', upn, false],
    ['mail', details.mail ?? '', false],
    ['local', upn.split('@')[0] ?? '', true],
    ['displayName', record.sourceIdentity?.displayName ?? '', true],
    ['given', group ? '' : (details.givenName ?? ''), true],
    ['surname', group ? '' : (details.surname ?? ''), true],
    ['employeeId', details.employeeId ?? '', true],
    ['appName', appOf(record).name, true],
    ['spId', appOf(record).id, false],
    ['appId', String(record.targetSystem?.details?.ApplicationId ?? ''), false],
    ['jobId', record.jobId ?? '', false],
    ['targetSystemId', record.targetSystem?.id ?? '', false],
  ];
  // Longest first, so a UPN is replaced whole before its local part; names only as whole words.
  const needles = values.filter(([, text]) => text.length >= 3).sort((a, b) => b[1].length - a[1].length);
  const seen = new Set<string>();
  const unique = needles.filter(([, text]) => !seen.has(text) && seen.add(text));
  const cuts: Array<{ start: number; end: number; slot: Slot }> = [];
  const letter = (at: number) => at >= 0 && at < json.length && /[\p{L}\p{N}]/u.test(json[at]!);
  for (const [slot, text, word] of unique) {
    for (let at = json.indexOf(text); at >= 0; at = json.indexOf(text, at + text.length)) {
      const end = at + text.length;
      if (word && (letter(at - 1) || letter(end))) continue;
      if (cuts.some((cut) => at < cut.end && end > cut.start)) continue;
      cuts.push({ start: at, end, slot });
    }
  }
  cuts.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const slots: Slot[] = [];
  let at = 0;
  for (const cut of cuts) {
    parts.push(json.slice(at, cut.start));
    slots.push(cut.slot);
    at = cut.end;
  }
  parts.push(json.slice(at));
  const targetShape = targetId === '' ? 'none' : /^[0-9a-f]{24}$/.test(targetId) ? 'hex24' : 'guid';
  return { parts, slots, app, group, targetShape };
}

/** The record's app: its service principal's id and name ('' where absent). */
const appOf = (record: ProvisioningObjectSummary) => ({ id: record.servicePrincipal?.id ?? '', name: record.servicePrincipal?.displayName ?? '' });

const hex8 = (word: number) => word.toString(16).padStart(8, '0');

/**
 * Writes `count` provisioning-log records as one portal-style JSON array, as diverse as a large
 * tenant's: the sample tenant's records (every app, outcome, error code, step and property shape)
 * as templates, each record with its own id and change id, a user drawn from tens of thousands
 * (names, UPNs, ids and target ids in its steps, reasons and properties), one of 25 app
 * instances, the cycle its job ran at that time (every 40 minutes), and times spread over months.
 * Deterministic for a seed; streams to disk with flat memory.
 */
export async function writeDiversePortalJson(file: string, count: number, now: Date, options: DiverseLogOptions = {}): Promise<{ bytes: number; users: number; apps: number }> {
  const { users: userCount = 60_000, groups: groupCount = 3_000, appVariants = 5, days = 180, seed = 'diverse-logs' } = options;
  const random = createRandom(seed);
  const sample = generateSampleTenant({ now }).provisioningLogs;
  const appIndex = new Map<string, number>();
  const templates = sample.map((record) => {
    const spId = appOf(record).id;
    if (!appIndex.has(spId)) appIndex.set(spId, appIndex.size);
    return cutTemplate(record, appIndex.get(spId)!);
  });
  const userTemplates = templates.filter((t) => !t.group);
  const groupTemplates = templates.filter((t) => t.group);
  const groupShare = groupTemplates.length / templates.length;
  const users = makeUsers(userCount, random);
  const groups = makeGroups(groupCount, random);
  const apps = Array.from({ length: appIndex.size * appVariants }, (_, i) => {
    const base = sample.find((record) => appIndex.get(appOf(record).id) === i % appIndex.size)!;
    const variant = Math.floor(i / appIndex.size);
    const jobPrefix = (base.jobId ?? 'customappsso.x.').split('.').slice(0, 2).join('.');
    return {
      appName: appOf(base).name + VARIANT_SUFFIXES[variant % VARIANT_SUFFIXES.length] + (variant >= VARIANT_SUFFIXES.length ? ` ${variant}` : ''),
      spId: variant === 0 ? appOf(base).id : stableGuid('sp', String(i)),
      appId: stableGuid('app', String(i)),
      jobId: `${jobPrefix}.${stableGuid('job', String(i))}`,
      targetSystemId: stableGuid('target', String(i)),
    };
  });

  const out = fs.createWriteStream(file);
  const span = days * 86_400_000;
  const start = now.getTime() - span;
  const step = span / count;
  const cycleMs = 40 * 60_000;
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('[');
  let buffer = '';
  const fill: Record<Slot, string> = Object.fromEntries(SLOTS.map((slot) => [slot, ''])) as Record<Slot, string>;
  for (let i = 0; i < count; i++) {
    const group = random.chance(groupShare);
    const template = random.pick(group ? groupTemplates : userTemplates);
    const subject = random.pick(group ? groups : users);
    const appNo = template.app + appIndex.size * random.int(0, appVariants - 1);
    const app = apps[appNo]!;
    const atMs = Math.floor(start + i * step + random.next() * step);
    const [a, b, c] = hash128(`${subject.objectId}|${appNo}`);
    fill.id = random.guid();
    fill.changeId = random.guid();
    fill.cycleId = stableGuid('cycle', String(appNo), String(Math.floor(atMs / cycleMs)));
    fill.time = new Date(atMs).toISOString();
    fill.duration = `"durationInMilliseconds":${random.int(120, random.chance(0.02) ? 95_000 : 4_500)}`;
    fill.objectId = subject.objectId;
    fill.targetId = template.targetShape === 'none' ? '' : template.targetShape === 'hex24' ? hex8(a) + hex8(b) + hex8(c) : stableGuid(subject.objectId, String(appNo));
    fill.upn = subject.upn;
    fill.mail = subject.upn;
    fill.local = subject.local;
    fill.displayName = subject.displayName;
    fill.given = subject.given;
    fill.surname = subject.surname;
    fill.employeeId = subject.employeeId;
    Object.assign(fill, app);
    let text = template.parts[0]!;
    for (let k = 0; k < template.slots.length; k++) text += fill[template.slots[k]!] + template.parts[k + 1]!;
    buffer += (i === 0 ? '' : ',') + text;
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer + ']');
  out.end();
  await once(out, 'finish');
  return { bytes, users: userCount, apps: apps.length };
}
