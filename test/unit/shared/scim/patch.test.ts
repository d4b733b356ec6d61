import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../../shared/scim/patch';
import { profileById } from '../../../../shared/vendors';
import { ScimError } from '../../../../shared/scim/scim-error';

const generic = profileById('generic')!;
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ops = (...Operations: unknown[]) => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations });

describe('applyPatch (pure)', () => {
  const alice = { userName: 'alice', emails: [{ type: 'work', value: 'a@x' }, { type: 'home', value: 'h@x' }] };

  it('does not modify its input', () => {
    const input = structuredClone(alice);
    applyPatch(generic.resources.User, input, ops({ op: 'Replace', path: 'emails[type eq "work"].value', value: 'b@x' }));
    expect(input).toEqual(alice);
  });

  it('replaces only the matched element’s sub-attribute', () => {
    const { resource } = applyPatch(generic.resources.User, alice, ops({ op: 'Replace', path: 'emails[type eq "work"].value', value: 'b@x' }));
    expect(resource.emails).toEqual([{ type: 'work', value: 'b@x' }, { type: 'home', value: 'h@x' }]);
  });

  it("removes a member by a value filter in the path even where the profile lets no client filter on members (Entra's flag dialect)", () => {
    const howspaceGroups = profileById('howspace')!.resources.Group;
    const { members } = applyPatch(howspaceGroups, { displayName: 'G' }, ops({ op: 'remove', path: 'members[value eq "u1"]' }));
    expect(members).toEqual([{ kind: 'remove', ids: ['u1'] }]);
  });

  it('removes matched elements', () => {
    const { resource } = applyPatch(generic.resources.User, alice, ops({ op: 'remove', path: 'emails[type eq "home"]' }));
    expect(resource.emails).toEqual([{ type: 'work', value: 'a@x' }]);
  });

  it('adds to multi-valued attributes without duplicating equal elements', () => {
    const { resource } = applyPatch(generic.resources.User, alice, ops({ op: 'add', path: 'emails', value: [{ type: 'home', value: 'h@x' }, { type: 'other', value: 'o@x' }] }));
    expect(resource.emails).toHaveLength(3);
  });

  it('applies a whole-extension path as a dictionary', () => {
    const { resource } = applyPatch(generic.resources.User, alice, ops({ op: 'add', path: ENTERPRISE, value: { department: 'R&D', manager: 'boss' } }));
    expect(resource[ENTERPRISE]).toEqual({ department: 'R&D', manager: { value: 'boss' } });
  });

  it('turns member operations into ordered membership changes', () => {
    const { members } = applyPatch(
      generic.resources.Group,
      { displayName: 'G' },
      ops(
        { op: 'Add', path: 'members', value: [{ $ref: null, value: 'u1' }, { value: 'u2' }] },
        { op: 'Remove', path: 'members', value: [{ value: 'u1' }] },
        { op: 'remove', path: 'members[value eq "u2" or value eq "u3"]' },
        { op: 'replace', path: 'members', value: [{ value: 'u4' }] },
        { op: 'remove', path: 'members' },
      ),
    );
    expect(members).toEqual([
      { kind: 'add', ids: ['u1', 'u2'] },
      { kind: 'remove', ids: ['u1'] },
      { kind: 'remove', ids: ['u2', 'u3'] },
      { kind: 'clear' },
      { kind: 'add', ids: ['u4'] },
      { kind: 'clear' },
    ]);
  });

  it('refuses a body without Operations, and member filters other than value eq', () => {
    expect(() => applyPatch(generic.resources.User, alice, { Operations: [] })).toThrow(ScimError);
    expect(() => applyPatch(generic.resources.Group, {}, ops({ op: 'remove', path: 'members[display eq "x"]' }))).toThrow(/value eq/);
  });
});
