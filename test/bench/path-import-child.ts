// The desktop app's import of a file opened by path, in a process of its own so that its peak memory
// is the import's alone: a core as the Electron main process builds it (with native file grants), the
// file granted as the open dialog grants it, then the `logs:importPaths` channel.
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core';
import type { FileAccess } from '../../electron/core/platform';
import { createFileSecretBox } from '../../electron/core/secrets/file-secret-box';
import { contract } from '../../shared/ipc/contract';

const [file, dataDir] = process.argv.slice(2) as [string, string];
const granted = path.resolve(file);
const files: FileAccess = {
  pickOpen: async () => [{ path: granted, name: path.basename(granted), size: fs.statSync(granted).size }],
  pickSave: async () => null,
  isGranted: (candidate, use) => use === 'read' && candidate === granted,
};
const core = await createCore({ mode: 'electron', dataDir, secrets: createFileSecretBox(dataDir), openExternal: async () => {}, files }, { seedSample: false });
const [picked] = await core.handlers['files:pickOpen']({ purpose: 'logs', multiple: false }).then((r) => r.files);
const started = performance.now();
const request = contract['logs:importPaths'].request.parse({ taskId: 'bench', paths: [picked!.path] });
const summary = await core.handlers['logs:importPaths'](request);
const ms = performance.now() - started;
await core.close();
process.stdout.write(JSON.stringify({ ms, added: summary.added, rejected: summary.rejected, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
