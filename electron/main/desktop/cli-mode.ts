import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `provisioning-workbench --cli ARGS…`: the installed app runs its bundled `pwb` in its own main
 * process (Electron's Node, so the app's better-sqlite3 build loads), with no window. The installers'
 * `pwb` launcher is that command; the runAsNode fuse stays off. Returns the CLI's arguments, or
 * undefined for a normal start. Chromium switches and the app path may come before `--cli`.
 */
export function cliArguments(argv: readonly string[]): string[] | undefined {
  const at = argv.indexOf('--cli', 1);
  return at > 0 ? argv.slice(at + 1) : undefined;
}

/**
 * The bundled CLI beside the main bundle (out/main → out/cli). In a package it is unpacked from the
 * asar archive (electron-builder.yml), since plain Node can also run it from there.
 */
export function cliEntry(mainDir: string): string {
  return path.join(mainDir, '..', 'cli', 'pwb.mjs').replace(`${path.sep}app.asar${path.sep}`, `${path.sep}app.asar.unpacked${path.sep}`);
}

/** Runs the CLI bundle as if started as `pwb ARGS…`; resolves with its exit code once it has finished. */
export async function runCli(entry: string, args: readonly string[], load: (url: string) => Promise<unknown> = (url) => import(url)): Promise<number> {
  process.argv = [process.execPath, entry, ...args];
  await load(pathToFileURL(entry).href);
  return Number(process.exitCode ?? 0);
}
