import type { PopulationMember } from './app-population';

export type PopulationOption = Omit<PopulationMember, 'source'>;

export interface PopulationPage {
  /** How many members match, though only `limit` are returned. */
  total: number;
  items: PopulationOption[];
}

interface Entry {
  member: PopulationMember;
  /** Name, detail (UPN) and mail, lower-cased once, so a keystroke scans strings and builds none. */
  text: string;
  id: string;
}

/**
 * The user and group pickers' search over an app's population: by display name, UPN, mail (any part)
 * or object id (whole, any case). The index is built once per population, and a search stops
 * collecting items at `limit` while still counting every match, so a 100,000-user app answers a
 * keystroke without building 100,000 objects.
 */
export class PopulationSearch {
  private readonly entries: Entry[];

  constructor(members: readonly PopulationMember[]) {
    this.entries = members.map((member) => {
      const mail = typeof member.source.mail === 'string' ? member.source.mail : '';
      return { member, text: `${member.displayName}\n${member.detail}\n${mail}`.toLowerCase(), id: member.id.toLowerCase() };
    });
  }

  search(query: string | undefined, kind?: 'User' | 'Group', limit = 100): PopulationPage {
    const needle = query?.trim().toLowerCase() ?? '';
    const items: PopulationOption[] = [];
    let total = 0;
    for (const entry of this.entries) {
      if (kind && entry.member.kind !== kind) continue;
      if (needle && entry.id !== needle && !entry.text.includes(needle)) continue;
      total += 1;
      if (items.length < limit) items.push(optionOf(entry.member));
    }
    return { total, items };
  }

  /** The object a picker starts on: the first in-scope member of the kind, else the first of the kind. */
  first(kind: 'User' | 'Group'): PopulationOption | null {
    let fallback: PopulationMember | null = null;
    for (const { member } of this.entries) {
      if (member.kind !== kind) continue;
      if (member.inScope) return optionOf(member);
      fallback ??= member;
    }
    return fallback ? optionOf(fallback) : null;
  }

  get size(): number {
    return this.entries.length;
  }
}

function optionOf({ source: _source, ...option }: PopulationMember): PopulationOption {
  return option;
}
