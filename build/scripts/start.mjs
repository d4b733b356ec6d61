// npm start: build, then the desktop app where Electron can run here, otherwise browser mode.
import { build } from './build.mjs';
import { ensureElectronBinary } from './electron-binary.mjs';
import { electronSqliteBinding } from './electron-sqlite.mjs';
import { root, run } from './run.mjs';

const passThrough = process.argv.slice(2);
await build();

const electron = ensureElectronBinary();
const sqlite = electron.binary ? electronSqliteBinding() : undefined;
if (electron.binary && sqlite?.binding) {
  const code = await run(electron.binary, ['.', ...passThrough], { env: { ...process.env, PWB_SQLITE_BINDING: sqlite.binding } });
  process.exit(code);
}

const reason = electron.reason ?? sqlite?.reason;
console.log(`${reason}; starting browser mode instead.`);
process.exit(await run(process.execPath, ['bin/pwb.mjs', 'ui', ...passThrough], { cwd: root }));
