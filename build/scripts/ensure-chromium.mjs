// Finds Chromium for the Playwright E2E run; installs Debian's package when we are root with apt-get.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const INSTALL = 'apt-get update && apt-get install -y chromium';

export function findChromium() {
  return CANDIDATES.find((file) => fs.existsSync(file));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(`Chromium is needed for the UI tests and was not found. Install it with:\n  sudo ${INSTALL}\nor set CHROMIUM_PATH to a Chromium binary.`);
    process.exit(1);
  }
  console.log(`Chromium not found; installing Debian's package (${INSTALL}) …`);
  execFileSync('sh', ['-c', `${INSTALL} >/tmp/pwb-apt-chromium.log 2>&1`], { stdio: 'inherit' });
  const installed = findChromium();
  if (!installed) {
    console.error('apt-get finished but no Chromium binary appeared; see /tmp/pwb-apt-chromium.log.');
    process.exit(1);
  }
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Chromium: ${ensureChromium()}`);
