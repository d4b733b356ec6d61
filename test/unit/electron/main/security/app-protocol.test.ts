import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP } from '../../../../../shared/security/csp';

const electron = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));
vi.mock('electron', () => electron);

const { APP_INDEX_URL, createAppProtocolHandler, mimeType, registerAppScheme, resolveAppFile, serveAppProtocol } = await import(
  '../../../../../electron/main/security/app-protocol'
);

let work: string;
let rendererDir: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-app-protocol-'));
  rendererDir = path.join(work, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>pwb</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'a b.css'), 'body{}');
  fs.writeFileSync(path.join(work, 'secret.txt'), 'outside');
  fs.mkdirSync(path.join(work, 'renderer-evil'));
  fs.writeFileSync(path.join(work, 'renderer-evil', 'index.html'), 'evil');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('registerAppScheme', () => {
  it('registers app:// as standard, secure and allowed to fetch', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer folder through protocol.handle', () => {
    serveAppProtocol(rendererDir);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('resolveAppFile', () => {
  it('maps app://workbench paths to files inside the renderer build', () => {
    expect(resolveAppFile(rendererDir, APP_INDEX_URL)).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveAppFile(rendererDir, 'app://workbench/')).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveAppFile(rendererDir, 'app://workbench/index.html#/apps?x=1')).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveAppFile(rendererDir, 'app://workbench/assets/a%20b.css')).toBe(path.join(rendererDir, 'assets', 'a b.css'));
  });

  it.each([
    'app://workbench/../secret.txt',
    'app://workbench/%2e%2e/secret.txt',
    'app://workbench/assets/..%2f..%2fsecret.txt',
    'app://workbench/assets/..%5c..%5csecret.txt',
    'app://workbench/..%5csecret.txt',
    'app://workbench/index.html%00.js',
    'app://workbench/%E0%A4%A',
    'app://workbench/../renderer-evil/index.html',
    'app://evil/index.html',
    'app://workbench:81/index.html',
    'file:///etc/passwd',
    'https://workbench/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const file = resolveAppFile(rendererDir, url);
    if (file !== undefined) {
      // WHATWG URL parsing may already fold `..` away; whatever is left must stay inside the folder.
      expect(path.relative(rendererDir, file).startsWith('..')).toBe(false);
      expect(fs.existsSync(file)).toBe(false);
    }
  });
});

describe('the app:// handler', () => {
  const get = (url: string, method = 'GET') => createAppProtocolHandler(rendererDir)(new Request(url, { method }));

  it('serves index.html with its MIME type, the renderer CSP and nosniff', async () => {
    const response = await get(APP_INDEX_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>pwb</title>');
  });

  it('serves scripts and styles with their MIME types', async () => {
    expect((await get('app://workbench/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://workbench/assets/a%20b.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(mimeType('icon.svg')).toBe('image/svg+xml');
    expect(mimeType('font.woff2')).toBe('font/woff2');
    expect(mimeType('unknown.bin')).toBe('application/octet-stream');
  });

  it('answers 404 for files outside the build, missing files and other hosts, still with the CSP', async () => {
    for (const url of ['app://workbench/../secret.txt', 'app://workbench/%2e%2e%2fsecret.txt', 'app://workbench/missing.js', 'app://evil/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
  });
});
