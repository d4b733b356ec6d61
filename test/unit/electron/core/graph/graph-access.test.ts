import { describe, expect, it } from 'vitest';
import { graphBaseUrl, openGraph } from '../../../../../electron/core/graph/graph-access';

describe('graphBaseUrl', () => {
  it('adds /v1.0 to an origin and keeps an explicit version', () => {
    expect(graphBaseUrl('https://graph.microsoft.us')).toBe('https://graph.microsoft.us/v1.0');
    expect(graphBaseUrl('https://proxy.example.com/graph/beta/')).toBe('https://proxy.example.com/graph/beta');
    expect(graphBaseUrl('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000/v1.0');
  });

  it('refuses plain http off the loopback interface', () => {
    expect(() => graphBaseUrl('http://graph.example.com')).toThrow(/https/);
    expect(() => graphBaseUrl('not a url')).toThrow(/not a URL/);
  });
});

describe('openGraph', () => {
  it('needs a token or a sign-in', () => {
    expect(() => openGraph({})).toThrow(/sign in/i);
    expect(openGraph({ accessToken: 't' }).baseUrl).toBe('https://graph.microsoft.com/v1.0');
  });
});
