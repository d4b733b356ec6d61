import fs from 'node:fs';

let cached: string | undefined;

/** The app version from package.json (found by walking up from this module or from cwd). */
export function appVersion(): string {
  if (cached) return cached;
  const candidates = [new URL('../../package.json', import.meta.url), new URL('../package.json', import.meta.url)];
  for (const candidate of candidates) {
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'provisioning-workbench' && pkg.version) return (cached = pkg.version);
    } catch {
      // try the next location
    }
  }
  return (cached = '0.0.0');
}
