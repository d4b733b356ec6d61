import { describe, expect, it } from 'vitest';
import { describeRequest } from '../../../../../renderer/src/features/scim/describeRequest';

describe('describeRequest', () => {
  it('decodes the query string of a filter lookup and names what it looked for', () => {
    const r = describeRequest('GET', '/scim/v2/Users?filter=userName%20eq%20%22ada%40contoso.com%22&startIndex=1');
    expect(r.path).toBe('/scim/v2/Users?filter=userName eq "ada@contoso.com"&startIndex=1');
    expect(r.touched).toBe('User userName = ada@contoso.com');
  });

  it('names the stored user or group an id refers to, or shows the id', () => {
    const names = new Map([['u-1', 'Ada Lovelace']]);
    expect(describeRequest('PATCH', '/scim/v2/Users/u-1', names).touched).toBe('User Ada Lovelace');
    expect(describeRequest('DELETE', '/scim/v2/Groups/g-9', names).touched).toBe('Group g-9');
  });

  it('says a POST creates a new object and leaves other paths untouched', () => {
    expect(describeRequest('POST', '/scim/v2/Groups').touched).toBe('New group');
    expect(describeRequest('GET', '/scim/v2/ServiceProviderConfig')).toEqual({ path: '/scim/v2/ServiceProviderConfig', touched: null });
  });

  it('keeps a malformed escape as it came', () => {
    expect(describeRequest('GET', '/scim/v2/Users/%E0%A4%A').path).toBe('/scim/v2/Users/%E0%A4%A');
  });
});
