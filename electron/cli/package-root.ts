import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository / app root (two levels above electron/cli). */
export function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function rendererBuildDir(): string {
  return path.join(packageRoot(), 'out', 'renderer');
}
