import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where every screen's screenshot goes, light and dark (looked at by humans, not compared). */
export const screenshotDir = path.join(repoRoot, 'test-results/screenshots');
