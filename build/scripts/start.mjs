// npm start: build, then the desktop app where Electron can run here, otherwise browser mode.
import { build } from './build.mjs';
import { ensureElectronBinary } from './electron-binary.mjs';
import { electronVersion, ensureElectronSqlite } from './electron-native.mjs';
import { root, run } from './run.mjs';
import { planStart } from './start-plan.mjs';

const passThrough = process.argv.slice(2);
await build();

const plan = await planStart([
  { key: 'electron', name: 'Get the Electron binary (Electron\'s installer, node_modules/electron/install.js)', run: ensureElectronBinary },
  { key: 'sqlite', name: `Make better-sqlite3 loadable by Electron ${electronVersion()} (.electron-native/)`, run: ensureElectronSqlite },
]);
for (const line of plan.lines) console.log(line);
if (plan.mode === 'electron') {
  const env = { ...process.env, PWB_SQLITE_BINDING: plan.values.sqlite };
  process.exit(await run(plan.values.electron, ['.', ...passThrough], { env }));
}
process.exit(await run(process.execPath, ['bin/pwb.mjs', 'ui', ...passThrough], { cwd: root }));
