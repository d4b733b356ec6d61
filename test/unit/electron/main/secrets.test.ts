import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const state = { available: true, backend: 'gnome_libsecret' as string, plainText: false };
  return {
    state,
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => state.available || state.plainText),
      getSelectedStorageBackend: vi.fn(() => (state.plainText ? 'basic_text' : state.backend)),
      setUsePlainTextEncryption: vi.fn((on: boolean) => {
        state.plainText = on;
      }),
      // A reversible stand-in for OS encryption: enough to prove the box round-trips through safeStorage.
      encryptString: vi.fn((plain: string) => Buffer.from(plain, 'utf8').reverse()),
      decryptString: vi.fn((data: Buffer) => Buffer.from(data).reverse().toString('utf8')),
    },
  };
});
vi.mock('electron', () => electron);

const { createSafeStorageSecretBox } = await import('../../../../electron/main/secrets');

beforeEach(() => {
  Object.assign(electron.state, { available: true, backend: 'gnome_libsecret', plainText: false });
  vi.clearAllMocks();
});

describe('createSafeStorageSecretBox', () => {
  it('round-trips a secret through safeStorage', () => {
    const box = createSafeStorageSecretBox('linux');
    const sealed = box.encrypt('refresh-token-ü-✓');
    expect(sealed).toBeInstanceOf(Buffer);
    expect(sealed.toString('utf8')).not.toContain('refresh-token');
    expect(box.decrypt(sealed)).toBe('refresh-token-ü-✓');
    expect(electron.safeStorage.encryptString).toHaveBeenCalledTimes(1);
    expect(electron.safeStorage.decryptString).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['darwin', /Keychain/],
    ['win32', /DPAPI/],
    ['linux', /libsecret/],
  ] as const)('reports OS protection on %s', (platform, wording) => {
    const box = createSafeStorageSecretBox(platform);
    expect(box.osProtected).toBe(true);
    expect(box.protection).toMatch(wording);
  });

  it('reports the Linux basic_text backend as not OS-protected', () => {
    electron.state.backend = 'basic_text';
    const box = createSafeStorageSecretBox('linux');
    expect(box.osProtected).toBe(false);
    expect(box.protection).toMatch(/obfuscated/);
    expect(box.decrypt(box.encrypt('s'))).toBe('s');
  });

  it('falls back to plain-text obfuscation on Linux with no keyring, and says so', () => {
    electron.state.available = false;
    const box = createSafeStorageSecretBox('linux');
    expect(electron.safeStorage.setUsePlainTextEncryption).toHaveBeenCalledWith(true);
    expect(box.osProtected).toBe(false);
    expect(box.decrypt(box.encrypt('s'))).toBe('s');
  });

  it('refuses to store secrets where no encryption is available at all', () => {
    electron.state.available = false;
    const box = createSafeStorageSecretBox('win32');
    expect(box.osProtected).toBe(false);
    expect(box.protection).toMatch(/cannot be saved/);
    expect(() => box.encrypt('s')).toThrow(expect.objectContaining({ code: 'IO_ERROR' }));
    expect(electron.safeStorage.encryptString).not.toHaveBeenCalled();
  });
});
