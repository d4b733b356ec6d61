import { AppError } from '../../../shared/errors';
import { DEFAULT_ACCESS_ROLE_ID } from '../../../shared/graph/service-principal';
import type { TrialSubjectOption } from '../../../shared/ipc/contracts/trial';
import type { Core } from '../../core';
import { UsageError } from '../cli-context';

type AppRef = { tenantId: string; appId: string };
export interface Resolved {
  id: string;
  displayName: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Candidate extends Resolved {
  /** UPN, or another second name the admin may type. */
  detail: string;
}

const describe = (c: Candidate) => `${c.displayName}${c.detail && c.detail !== c.displayName ? ` <${c.detail}>` : ''} ${c.id}`;

/** Picks one candidate: an exact id, UPN or name first, else the one partial match; several is a usage error listing them. */
function pick(candidates: readonly Candidate[], ref: string, what: string): Candidate | undefined {
  const needle = ref.trim().toLowerCase();
  const exact = candidates.filter((c) => c.id.toLowerCase() === needle || c.detail.toLowerCase() === needle || c.displayName.toLowerCase() === needle);
  const matches = exact.length ? exact : candidates.filter((c) => c.displayName.toLowerCase().includes(needle) || c.detail.toLowerCase().includes(needle));
  if (matches.length <= 1) return matches[0];
  const shown = matches.slice(0, 10).map((c) => `\n  ${describe(c)}`).join('');
  const more = matches.length > 10 ? `\n  … and ${matches.length - 10} more` : '';
  throw new UsageError(`"${ref}" matches ${matches.length} ${what}s; give the UPN or object id of one:${shown}${more}`);
}

const fromOption = (o: TrialSubjectOption): Candidate => ({ id: o.id, displayName: o.displayName, detail: o.kind === 'User' ? o.detail : '' });

async function search(core: Core, app: AppRef, kind: 'User' | 'Group', ref: string): Promise<Candidate[]> {
  const { items } = await core.handlers['trial:subjects']({ ...app, search: ref.trim(), kind, limit: 500 });
  return items.map(fromOption);
}

/** A user or group of the app (assigned directly or through a group) by UPN, name or object id. */
export async function resolveSubject(core: Core, app: AppRef & { name: string }, kind: 'User' | 'Group', ref: string): Promise<Resolved> {
  const found = pick(await search(core, app, kind, ref), ref, kind.toLowerCase());
  if (found) return found;
  // An object id the app's population does not list (e.g. not assigned) goes to the engine as is.
  if (GUID.test(ref.trim())) return { id: ref.trim(), displayName: ref.trim() };
  throw new AppError('NOT_FOUND', `no ${kind.toLowerCase()} "${ref}" is assigned to ${app.name} (directly or through a group).`);
}

/** The `--member` users of a group, by UPN, name or object id, among its direct user members. */
export async function resolveMembers(core: Core, app: AppRef, group: Resolved, refs: readonly string[]): Promise<string[]> {
  if (!refs.length) return [];
  const members = (await core.handlers['trial:groupMembers']({ ...app, groupId: group.id })).filter((m) => !m.nested);
  const candidates = members.map((m) => ({ id: m.id, displayName: m.displayName, detail: m.userPrincipalName }));
  const ids: string[] = [];
  for (const ref of refs) {
    const found = pick(candidates, ref, 'member');
    if (!found) {
      const names = candidates.slice(0, 10).map((c) => `\n  ${describe(c)}`).join('');
      throw new UsageError(`"${ref}" is not a direct user member of ${group.displayName}. Its members:${names || ' none'}`);
    }
    if (!ids.includes(found.id)) ids.push(found.id);
  }
  return ids;
}

/** `--join-group`: a group of the app by name or id; any other object id is left to the engine. */
export async function resolveGroupRef(core: Core, app: AppRef & { name: string }, ref: string): Promise<string> {
  return (await resolveSubject(core, app, 'Group', ref)).id;
}

/** `--join-user`: the user who joins or leaves the group: a user of the app, a member of the group, else an object id. */
export async function resolveUserRef(core: Core, app: AppRef & { name: string }, group: Resolved, ref: string): Promise<string> {
  const assigned = pick(await search(core, app, 'User', ref), ref, 'user');
  if (assigned) return assigned.id;
  const members = (await core.handlers['trial:groupMembers']({ ...app, groupId: group.id })).filter((m) => !m.nested);
  const member = pick(members.map((m) => ({ id: m.id, displayName: m.displayName, detail: m.userPrincipalName })), ref, 'member');
  if (member) return member.id;
  if (GUID.test(ref.trim())) return ref.trim();
  throw new AppError('NOT_FOUND', `no user "${ref}" among the users of ${app.name} or the members of ${group.displayName}; give an object id.`);
}

/** `--role`: an app role by display name, value or id ("Default Access" included). */
export async function resolveRole(core: Core, app: AppRef, ref: string): Promise<string> {
  const { appRoles, displayName } = await core.handlers['apps:overview'](app);
  const roles: Candidate[] = [
    ...appRoles.filter((r) => r.isEnabled).map((r) => ({ id: r.id, displayName: r.displayName, detail: r.value ?? '' })),
    { id: DEFAULT_ACCESS_ROLE_ID, displayName: 'Default Access', detail: '' },
  ];
  const found = pick(roles, ref, 'role');
  if (!found) throw new UsageError(`${displayName} has no role "${ref}" (roles: ${roles.map((r) => r.displayName).join(', ')}).`);
  return found.id;
}
