import os from 'node:os';

export interface RuntimeVersions {
  app: string;
  electron?: string | undefined;
  chrome?: string | undefined;
  node?: string | undefined;
  v8?: string | undefined;
}

/** The versions an admin (or a bug report) needs: the app, Electron, Chromium, Node, V8 and the OS. */
export function describeVersions(versions: RuntimeVersions, platform = `${os.type()} ${os.release()} (${process.arch})`): string {
  return [
    `Provisioning Workbench ${versions.app}`,
    `Electron ${versions.electron ?? 'unknown'}`,
    `Chromium ${versions.chrome ?? 'unknown'}`,
    `Node.js ${versions.node ?? 'unknown'}`,
    `V8 ${versions.v8 ?? 'unknown'}`,
    `OS ${platform}`,
  ].join('\n');
}

export function currentVersions(app: string): RuntimeVersions {
  return { app, electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node, v8: process.versions.v8 };
}
