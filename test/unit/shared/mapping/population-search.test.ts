import { describe, expect, it } from 'vitest';
import type { PopulationMember } from '../../../../shared/mapping/app-population';
import { PopulationSearch } from '../../../../shared/mapping/population-search';

function member(id: string, kind: 'User' | 'Group', displayName: string, detail: string, inScope: boolean, mail?: string): PopulationMember {
  return { id, kind, displayName, detail, assignedVia: 'direct', inScope, source: mail === undefined ? {} : { mail } };
}

const members = [
  member('AAAA-1', 'User', 'Ada Lovelace', 'ada@contoso.example', false, 'ada.l@mail.example'),
  member('bbbb-2', 'User', 'Bao Nguyen', 'bao@contoso.example', true, 'bnguyen@mail.example'),
  member('cccc-3', 'User', 'Chiara Rossi', 'chiara@contoso.example', true),
  member('gggg-1', 'Group', 'Sales', '3 direct member(s)', false),
  member('gggg-2', 'Group', 'Ada fans', '1 direct member(s)', true),
];

describe('PopulationSearch', () => {
  const search = new PopulationSearch(members);

  it('matches name, UPN or mail anywhere, in any case, and an id only whole', () => {
    expect(search.search('ADA').items.map((m) => m.id)).toEqual(['AAAA-1', 'gggg-2']);
    expect(search.search('bao@contoso').items.map((m) => m.id)).toEqual(['bbbb-2']);
    expect(search.search('bnguyen').items.map((m) => m.id)).toEqual(['bbbb-2']);
    expect(search.search('aaaa-1').items.map((m) => m.id)).toEqual(['AAAA-1']);
    expect(search.search('aaaa').total).toBe(0);
    expect(search.search('  rossi ').items.map((m) => m.id)).toEqual(['cccc-3']);
  });

  it('filters by kind, counts every match but returns at most the limit, without the source object', () => {
    expect(search.search('', 'Group')).toEqual({
      total: 2,
      items: [
        { id: 'gggg-1', kind: 'Group', displayName: 'Sales', detail: '3 direct member(s)', assignedVia: 'direct', inScope: false },
        { id: 'gggg-2', kind: 'Group', displayName: 'Ada fans', detail: '1 direct member(s)', assignedVia: 'direct', inScope: true },
      ],
    });
    const page = search.search('contoso', 'User', 2);
    expect(page.total).toBe(3);
    expect(page.items.map((m) => m.id)).toEqual(['AAAA-1', 'bbbb-2']);
  });

  it('starts a picker on the first in-scope member of a kind, else the first of the kind, else none', () => {
    expect(search.first('User')?.id).toBe('bbbb-2');
    expect(search.first('Group')?.id).toBe('gggg-2');
    expect(new PopulationSearch(members.slice(0, 1)).first('User')?.id).toBe('AAAA-1');
    expect(new PopulationSearch(members.slice(0, 3)).first('Group')).toBeNull();
  });
});
