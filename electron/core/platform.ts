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

/**
 * The desktop app's native files: its dialogs hand out paths, and the core reads or writes only paths
 * handed out this way (a renderer cannot name a file of its own choosing). Absent in browser mode and
 * the CLI.
 */
export interface FileAccess {
  /** Files the admin picked in the open dialog (none when the dialog was cancelled), now granted for reading. */
  pickOpen(purpose: 'logs' | 'snapshot', multiple: boolean): Promise<Array<{ path: string; name: string; size: number }>>;
  /** Where the admin chose to save (null when cancelled), now granted for writing. */
  pickSave(defaultName: string, format: 'csv' | 'json'): Promise<string | null>;
  isGranted(path: string, use: 'read' | 'write'): boolean;
}

export interface Platform {
  mode: 'electron' | 'browser' | 'cli';
  /** Native file dialogs and the paths they granted (desktop app only). */
  files?: FileAccess;
  dataDir: string;
  secrets: SecretBox;
  /** Opens an https URL in the system browser (allow-listed by the caller). */
  openExternal(url: string): Promise<void>;
}
