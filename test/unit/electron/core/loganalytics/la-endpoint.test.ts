import { describe, expect, it } from 'vitest';
import { laEndpoint } from '../../../../../electron/core/loganalytics/la-endpoint';

describe('laEndpoint', () => {
  it('gives each national cloud its query API and scope', () => {
    expect(laEndpoint('Global')).toEqual({ endpoint: 'https://api.loganalytics.io', scope: 'https://api.loganalytics.io/.default' });
    expect(laEndpoint('USGovDoD')).toEqual({ endpoint: 'https://api.loganalytics.us', scope: 'https://api.loganalytics.us/.default' });
    expect(laEndpoint('China')).toEqual({ endpoint: 'https://api.loganalytics.azure.cn', scope: 'https://api.loganalytics.azure.cn/.default' });
  });
  it('takes an override over https, or plain http on loopback only, keeping the cloud scope', () => {
    expect(laEndpoint('USGov', 'http://127.0.0.1:4100/v1/')).toEqual({ endpoint: 'http://127.0.0.1:4100', scope: 'https://api.loganalytics.us/.default' });
    expect(() => laEndpoint('Global', 'http://proxy.example:80')).toThrow('The Log Analytics endpoint must use https (plain http is accepted only on 127.0.0.1 for testing).');
    expect(() => laEndpoint('Global', 'not a url')).toThrow('The Log Analytics endpoint "not a url" is not a URL.');
  });
});
