import { describe, expect, it } from 'vitest';
import { cloudEndpoints, parseCloudName } from '../../../../../electron/core/auth/clouds';
import { graphScopes, isClientId, isTenantSpecifier } from '../../../../../electron/core/auth/scopes';

describe('clouds', () => {
  it.each([
    ['global', 'Global'],
    ['GCCHigh', 'USGov'],
    ['AzureUSGovernment', 'USGov'],
    ['dod', 'USGovDoD'],
    ['AzureChinaCloud', 'China'],
  ])('reads %s as %s', (input, name) => expect(parseCloudName(input)).toBe(name));

  it('rejects an unknown cloud, naming the valid ones', () => expect(() => parseCloudName('mars')).toThrow(/Global, USGov/));

  it('pairs each cloud with its login and Graph hosts', () => {
    expect(cloudEndpoints('USGovDoD')).toMatchObject({ authorityHost: 'https://login.microsoftonline.us', graphEndpoint: 'https://dod-graph.microsoft.us' });
    expect(cloudEndpoints('China')).toMatchObject({ graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn', provisioningLogs: false });
  });

  it('accepts custom endpoints only over https', () => {
    expect(cloudEndpoints('Custom', { authorityHost: 'https://login.example.com/x', graphEndpoint: 'https://graph.example.com' }).authorityHost).toBe('https://login.example.com');
    expect(() => cloudEndpoints('Custom', { authorityHost: 'http://login.example.com', graphEndpoint: 'https://graph.example.com' })).toThrow(/https/);
  });
});

describe('scopes', () => {
  it('requests read-only scopes on the cloud’s Graph host unless write is asked for', () => {
    const read = graphScopes('https://graph.microsoft.us', false);
    expect(read).toContain('https://graph.microsoft.us/Synchronization.Read.All');
    expect(read.some((scope) => scope.includes('ReadWrite'))).toBe(false);
    expect(graphScopes('https://graph.microsoft.com', true)).toContain('https://graph.microsoft.com/Synchronization.ReadWrite.All');
  });

  it('recognises client IDs and tenant specifiers', () => {
    expect(isClientId('14d82eec-204b-4c2f-b7e8-296a70dab67e')).toBe(true);
    expect(isClientId('my-app')).toBe(false);
    expect(isTenantSpecifier('contoso.onmicrosoft.com')).toBe(true);
    expect(isTenantSpecifier('organizations')).toBe(true);
    expect(isTenantSpecifier('a b')).toBe(false);
  });
});
