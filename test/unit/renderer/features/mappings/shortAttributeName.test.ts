import { describe, expect, it } from 'vitest';
import { shortAttributeName } from '../../../../../renderer/src/features/mappings/AttributePath';

describe('shortAttributeName', () => {
  it('shortens an extension URN to the extension and the attribute', () => {
    expect(shortAttributeName('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department')).toEqual({ schema: '…enterprise:', attribute: 'department' });
    expect(shortAttributeName('urn:ietf:params:scim:schemas:extension:fabrikam:2.0:User:costCenter')).toEqual({ schema: '…fabrikam:', attribute: 'costCenter' });
  });

  it('leaves plain attribute paths alone', () => {
    expect(shortAttributeName('emails[type eq "work"].value')).toBeNull();
  });
});
