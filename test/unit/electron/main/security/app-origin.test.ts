import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppOrigin, devServerUrl } from '../../../../../electron/main/security/app-origin';

const rendererIndex = path.resolve('/opt/pwb/resources/app.asar/out/renderer/index.html');
const fileUrl = (file: string) => pathToFileURL(path.resolve(file)).href;

describe('createAppOrigin for the packaged renderer (app://workbench)', () => {
  const origin = createAppOrigin({ kind: 'app', dir: path.dirname(rendererIndex) });

  it('trusts the app origin with any path, hash or query', () => {
    expect(origin.isAppUrl('app://workbench/index.html')).toBe(true);
    expect(origin.isAppUrl('app://workbench/index.html#/apps/123')).toBe(true);
    expect(origin.isAppUrl('app://workbench/assets/index.js?x=1')).toBe(true);
  });

  it('does not trust file://, other hosts, credentials or other schemes', () => {
    expect(origin.isAppUrl(fileUrl(rendererIndex))).toBe(false);
    expect(origin.isAppUrl('file:///etc/passwd')).toBe(false);
    expect(origin.isAppUrl('app://evil/index.html')).toBe(false);
    expect(origin.isAppUrl('app://workbench.evil/index.html')).toBe(false);
    expect(origin.isAppUrl('app://workbench:8080/index.html')).toBe(false);
    expect(origin.isAppUrl('app://user@workbench/index.html')).toBe(false);
    expect(origin.isAppUrl('apps://workbench/index.html')).toBe(false);
    expect(origin.isAppUrl('https://workbench/')).toBe(false);
    expect(origin.isAppUrl('not a url')).toBe(false);
  });
});

describe('createAppOrigin for a dev server', () => {
  const origin = createAppOrigin({ kind: 'dev', url: 'http://localhost:5173/' });

  it('trusts exactly the dev server origin', () => {
    expect(origin.isAppUrl('http://localhost:5173/')).toBe(true);
    expect(origin.isAppUrl('http://localhost:5173/#/apps')).toBe(true);
    expect(origin.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(origin.isAppUrl('https://localhost:5173/')).toBe(false);
    expect(origin.isAppUrl('http://localhost.evil.com:5173/')).toBe(false);
    expect(origin.isAppUrl(fileUrl(rendererIndex))).toBe(false);
  });
});

describe('devServerUrl', () => {
  it('honours a loopback PWB_RENDERER_URL in an unpackaged app', () => {
    expect(devServerUrl({ PWB_RENDERER_URL: 'http://127.0.0.1:5173' }, false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl({ PWB_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173/');
  });

  it('ignores it in a packaged app, for remote hosts and for non-http schemes', () => {
    expect(devServerUrl({ PWB_RENDERER_URL: 'http://127.0.0.1:5173' }, true)).toBeUndefined();
    expect(devServerUrl({ PWB_RENDERER_URL: 'https://evil.example/' }, false)).toBeUndefined();
    expect(devServerUrl({ PWB_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeUndefined();
    expect(devServerUrl({ PWB_RENDERER_URL: 'nonsense' }, false)).toBeUndefined();
    expect(devServerUrl({}, false)).toBeUndefined();
  });
});
