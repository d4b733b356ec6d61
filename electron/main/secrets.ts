import { safeStorage } from 'electron';
import { AppError } from '../../shared/errors';
import type { SecretBox } from '../core/platform';

/**
 * Secrets encrypted by Electron's safeStorage: the macOS Keychain, Windows DPAPI, or libsecret/KWallet
 * on Linux. Create it after `app` is ready; before that safeStorage reports no encryption.
 */
export function createSafeStorageSecretBox(platform: NodeJS.Platform = process.platform): SecretBox {
  if (platform === 'linux' && !safeStorage.isEncryptionAvailable()) {
    // No keyring at all: fall back to Chromium's fixed-key obfuscation rather than failing sign-in;
    // the admin is told below that this is not OS protection.
    safeStorage.setUsePlainTextEncryption(true);
  }
  const available = safeStorage.isEncryptionAvailable();
  const { protection, osProtected } = describeProtection(platform, available);
  return {
    protection,
    osProtected,
    encrypt(plain) {
      if (!available) throw unavailable();
      return safeStorage.encryptString(plain);
    },
    decrypt(data) {
      if (!available) throw unavailable();
      return safeStorage.decryptString(data);
    },
  };
}

function describeProtection(platform: NodeJS.Platform, available: boolean): { protection: string; osProtected: boolean } {
  if (!available) {
    return { protection: 'The operating system offers no encryption for secrets, so they cannot be saved.', osProtected: false };
  }
  if (platform === 'darwin') return { protection: 'Secrets are encrypted with a key kept in the macOS Keychain.', osProtected: true };
  if (platform === 'win32') return { protection: 'Secrets are encrypted with Windows DPAPI for your user account.', osProtected: true };
  const backend = safeStorage.getSelectedStorageBackend();
  if (backend === 'basic_text' || backend === 'unknown') {
    return {
      protection:
        'No OS keyring (libsecret or KWallet) was found, so secrets are only obfuscated with a fixed key; anyone who can read your profile folder can read them.',
      osProtected: false,
    };
  }
  const keyring = backend === 'gnome_libsecret' ? 'the Secret Service keyring (libsecret)' : 'KWallet';
  return { protection: `Secrets are encrypted with a key kept in ${keyring}.`, osProtected: true };
}

function unavailable(): AppError {
  return new AppError('IO_ERROR', 'Secrets cannot be stored: the operating system offers no encryption for them.');
}
