import fs from 'node:fs';
import path from 'node:path';
import { mimeType } from '../../shared/security/mime-types';

export interface StaticFile {
  body: Buffer;
  contentType: string;
  immutable: boolean;
}

/**
 * Resolves a URL path inside the renderer build. Paths that escape the folder resolve to nothing;
 * unknown paths without an extension fall back to index.html (client-side routes).
 */
export function resolveStatic(rootDir: string, urlPath: string): StaticFile | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const root = path.resolve(rootDir);
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  const file = isFile(target) ? target : path.extname(target) === '' ? path.join(root, 'index.html') : undefined;
  if (!file || !isFile(file)) return undefined;
  return {
    body: fs.readFileSync(file),
    contentType: mimeType(file),
    immutable: file.includes(`${path.sep}assets${path.sep}`),
  };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
