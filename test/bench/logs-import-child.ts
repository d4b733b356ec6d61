// Imports one file into a fresh store in its own process, so peak memory is the import's alone.
import { WorkspaceDb } from '../../electron/core/db/workspace-db';
import { importLogFiles } from '../../electron/core/logs/log-file-import';

const [file, db] = process.argv.slice(2);
const workspace = WorkspaceDb.open(db!);
const started = performance.now();
const summary = await importLogFiles(workspace, [file!]);
const ms = performance.now() - started;
workspace.db.pragma('wal_checkpoint(TRUNCATE)');
workspace.close();
process.stdout.write(JSON.stringify({ ms, added: summary.added, rejected: summary.rejected, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
