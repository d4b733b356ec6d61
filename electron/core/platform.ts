/**
 * Platform services the core needs but must not implement itself, injected at the composition root:
 * Electron's main process, the browser-mode host and the CLI each supply their own.
 */

/** Encrypts small secrets (token caches, SCIM tokens) before they touch disk. */
export interface SecretBox {
  /** A sentence shown to the admin describing how secrets are protected on this front door. */
  readonly protection: string;
  /** True when secrets are protected by the OS (keychain, DPAPI, libsecret). */
  readonly osProtected: boolean;
  encrypt(plain: string): Buffer;
  decrypt(data: Buffer): string;
}

export interface Platform {
  mode: 'electron' | 'browser' | 'cli';
  dataDir: string;
  secrets: SecretBox;
  /** Opens an https URL in the system browser (allow-listed by the caller). */
  openExternal(url: string): Promise<void>;
}
