import { ODATA_TYPE_USER } from '../graph/group';
import type { SourceDirectory } from './source-directory';
import type { ObjectKind } from './types';

export interface ForecastSubject {
  kind: ObjectKind;
  id: string;
  /** "direct", "via <group>", "nested via <group>", "sync all". */
  assignedVia: string;
  /** A member of an assigned group only through nested groups: reported, not provisioned. */
  nested: boolean;
}

export interface ForecastPopulation {
  /** Users by manager depth: managers (level 0) before their reports, so a manager reference finds its target. */
  userLevels: ForecastSubject[][];
  groups: ForecastSubject[];
  nestedOnly: number;
}

/** Users in manager-chain order: a user's level is one more than their manager's (cycles cut). */
function levels(directory: SourceDirectory, users: readonly ForecastSubject[]): ForecastSubject[][] {
  const inSet = new Set(users.map((u) => u.id));
  const depth = new Map<string, number>();
  const depthOf = (start: string): number => {
    const chain: string[] = [];
    const seen = new Set<string>();
    let id: string | undefined = start;
    let base = 0;
    while (id !== undefined) {
      const known = depth.get(id);
      if (known !== undefined) {
        base = known + 1;
        break;
      }
      if (seen.has(id)) break;
      seen.add(id);
      chain.push(id);
      const manager: string | undefined = directory.users.get(id)?.manager?.id;
      id = manager !== undefined && inSet.has(manager) ? manager : undefined;
    }
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!, base + (chain.length - 1 - i));
    return depth.get(start)!;
  };
  const out: ForecastSubject[][] = [];
  for (const user of users) {
    const level = depthOf(user.id);
    (out[level] ??= []).push(user);
  }
  return out.filter((l) => l !== undefined);
}

/**
 * Everything a first cycle considers: with "sync all", every user and group of the directory;
 * otherwise users assigned directly or as direct members of an assigned group, the assigned groups,
 * and (reported only) users reachable solely through nested groups.
 */
export function forecastPopulation(directory: SourceDirectory, syncAll: boolean): ForecastPopulation {
  const users = new Map<string, ForecastSubject>();
  const groups = new Map<string, ForecastSubject>();
  if (syncAll) {
    for (const id of directory.users.keys()) users.set(id, { kind: 'User', id, assignedVia: 'sync all', nested: false });
    for (const id of directory.groups.keys()) groups.set(id, { kind: 'Group', id, assignedVia: 'sync all', nested: false });
    return { userLevels: levels(directory, [...users.values()]), groups: [...groups.values()], nestedOnly: 0 };
  }
  const nestedCandidates = new Map<string, string>();
  for (const assignment of directory.assignments) {
    if (assignment.principalType === 'User') {
      if (directory.users.has(assignment.principalId)) users.set(assignment.principalId, { kind: 'User', id: assignment.principalId, assignedVia: 'direct', nested: false });
      continue;
    }
    if (assignment.principalType !== 'Group') continue;
    const group = directory.groups.get(assignment.principalId);
    if (!group) continue;
    const label = group.displayName ?? group.id;
    if (!groups.has(group.id)) groups.set(group.id, { kind: 'Group', id: group.id, assignedVia: 'direct', nested: false });
    const stack: string[] = [];
    for (const member of group.members) {
      if (member['@odata.type'] === ODATA_TYPE_USER) {
        if (!users.has(member.id) && directory.users.has(member.id)) users.set(member.id, { kind: 'User', id: member.id, assignedVia: `via ${label}`, nested: false });
      } else stack.push(member.id);
    }
    const seen = new Set<string>();
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const m of directory.groups.get(id)?.members ?? []) {
        if (m['@odata.type'] === ODATA_TYPE_USER) {
          if (!nestedCandidates.has(m.id)) nestedCandidates.set(m.id, label);
        } else stack.push(m.id);
      }
    }
  }
  let nestedOnly = 0;
  const all = [...users.values()];
  for (const [id, root] of nestedCandidates) {
    if (users.has(id) || !directory.users.has(id)) continue;
    nestedOnly += 1;
    all.push({ kind: 'User', id, assignedVia: `nested via ${root}`, nested: true });
  }
  return { userLevels: levels(directory, all), groups: [...groups.values()], nestedOnly };
}
