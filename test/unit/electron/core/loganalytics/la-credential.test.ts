import { describe, expect, it } from 'vitest';
import { msalCredential } from '../../../../../electron/core/loganalytics/la-credential';
import { AppError } from '../../../../../shared/errors';

describe('msalCredential', () => {
  it('asks the signed-in account for the Log Analytics scope, refreshing when told', async () => {
    const asked: unknown[] = [];
    const credential = msalCredential({ getAccessToken: async (id, options) => (asked.push([id, options]), 'token-1') }, 'home-1');
    expect((await credential.getToken('https://api.loganalytics.io/.default'))?.token).toBe('token-1');
    await credential.getToken(['https://api.loganalytics.us/.default'], { forceRefresh: true } as never);
    expect(asked).toEqual([
      ['home-1', { scopes: ['https://api.loganalytics.io/.default'], forceRefresh: false }],
      ['home-1', { scopes: ['https://api.loganalytics.us/.default'], forceRefresh: true }],
    ]);
  });

  it('says what to do when the account cannot get a Log Analytics token (no consent for the API)', async () => {
    const credential = msalCredential({
      getAccessToken: async () => {
        throw new AppError('FORBIDDEN', 'Could not get a token for admin@contoso.com: consent required');
      },
    });
    await expect(credential.getToken('s')).rejects.toThrow(
      "Could not get a token for admin@contoso.com: consent required. Log Analytics needs the sign-in's app to be allowed the Log Analytics API (Data.Read): sign in with a client ID of your own that has it, or pass an access token from `az account get-access-token --resource https://api.loganalytics.io`.",
    );
    const nobody = msalCredential({
      getAccessToken: async () => {
        throw new AppError('FORBIDDEN', 'No one is signed in. Sign in first (or pass an access token).');
      },
    });
    await expect(nobody.getToken('s')).rejects.toThrow(/^No one is signed in\. Sign in first \(or pass an access token\)\.$/);
  });
});
