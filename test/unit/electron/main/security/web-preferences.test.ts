import { describe, expect, it } from 'vitest';
import { createWebPreferences } from '../../../../../electron/main/security/web-preferences';

describe('createWebPreferences', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    const prefs = createWebPreferences({ preload: '/app/out/preload/index.cjs' });
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('turns DevTools off unless asked for', () => {
    expect(createWebPreferences({ preload: '/p.cjs' }).devTools).toBe(false);
    expect(createWebPreferences({ preload: '/p.cjs', devTools: true }).devTools).toBe(true);
  });
});
