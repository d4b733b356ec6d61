import { describe, expect, it } from 'vitest';
import { filterToSql, jsonPath } from '../../../../../../electron/core/db/scim/filter-sql';
import { compileFilter } from '../../../../../../shared/scim/filter';
import { profileById } from '../../../../../../shared/vendors';

const generic = profileById('generic')!;
const sql = (type: 'User' | 'Group', filter: string) => filterToSql(type, compileFilter(generic.resources[type], filter));

describe('SCIM filter → SQL', () => {
  it('answers eq on userName, externalId, displayName and id from their indexed columns, with the right collation', () => {
    expect(sql('User', 'userName eq "A@x"')).toEqual({ sql: 'r.user_name = ? COLLATE NOCASE', params: ['A@x'] });
    expect(sql('User', 'externalId eq "E"')).toEqual({ sql: 'r.external_id = ?', params: ['E'] });
    expect(sql('Group', 'displayName eq "Sales"')).toEqual({ sql: 'r.display_name = ? COLLATE NOCASE', params: ['Sales'] });
    expect(sql('User', 'id eq "1"')).toEqual({ sql: 'r.id = ?', params: ['1'] });
  });

  it('binds every value and JSON path as a parameter, never as SQL text', () => {
    const evil = `x" OR 1=1; DROP TABLE scim_users; --`;
    const out = sql('User', `title eq ${JSON.stringify(evil)} or emails[type eq "work"].value co ${JSON.stringify(evil)}`);
    expect(out.sql).not.toContain('DROP');
    expect(out.params.filter((p) => p === evil)).toHaveLength(2);
  });

  it('quotes URN keys in JSON paths', () => {
    expect(jsonPath(['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', 'manager', 'value'])).toBe(
      '$."urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"."manager"."value"',
    );
  });

  it('answers members and groups from the membership table', () => {
    expect(sql('Group', 'members eq "u1"').sql).toContain('FROM scim_members m WHERE m.group_id = r.id AND m.member_id = ?');
    expect(sql('User', 'groups.value eq "g1"').sql).toContain('m.member_id = r.id AND m.group_id = ?');
  });

  it('maps booleans to 1/0 and refuses strings for booleans', () => {
    expect(sql('User', 'active eq false').params).toEqual(['$."active"', 0]);
    expect(() => sql('User', 'active eq "false"')).toThrow(/boolean/);
  });
});
