import { describe, expect, it } from 'vitest';
import { bindingPath, causeOf, NATIVE_DIR } from '../../../../build/scripts/electron-native.mjs';

describe('causeOf', () => {
  it('picks the network error out of an installer\'s output, or says the fallback', () => {
    expect(causeOf('HTTPError: x\nRequestError: getaddrinfo ENOTFOUND github.com\n at …', 'failed')).toBe('getaddrinfo ENOTFOUND github.com');
    expect(causeOf('gyp ERR! stack Error: 404 Not Found', 'failed')).toBe('404 Not Found');
    expect(causeOf('gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and\ngyp ERR! stack is related to network connectivity.', 'failed')).toBe('no network connection');
    expect(causeOf('something else', 'the build failed')).toBe('the build failed');
  });
});

describe('bindingPath', () => {
  it('keeps one Electron build of better-sqlite3 per Electron version, outside node_modules and out/', () => {
    expect(bindingPath('41.7.1')).toBe(`${NATIVE_DIR}/electron-41.7.1/better_sqlite3.node`);
    expect(NATIVE_DIR.endsWith('/.electron-native')).toBe(true);
  });
});
