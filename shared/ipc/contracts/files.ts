import { z } from 'zod';
import { logImportSummarySchema } from '../../logs/log-dto';
import { logFilterSchema, logSortSchema, DEFAULT_LOG_SORT } from '../../logs/log-filter';
import type { ChannelSpecs } from './spec';
import { importSummarySchema } from './workspace';

/** What a file is picked for: decides the dialog's title and filters. */
export const FILE_PURPOSES = ['logs', 'snapshot'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** A file the desktop app's main process handed out (from its open dialog or a drop onto the window). */
export const grantedFileSchema = z.object({ path: z.string(), name: z.string(), size: z.number().int().min(0) });
export type GrantedFile = z.infer<typeof grantedFileSchema>;

/** Paths come only from the main process; the core refuses any it did not grant. */
const grantedPath = z.string().min(1).max(4096);
const taskId = z.string().min(1).max(100);

/**
 * Native files in the desktop app: the main process's open and save dialogs, and the imports and
 * exports that read or write those files by path (streamed, no size cap, no file text over IPC).
 * Browser mode has no such dialogs: these channels answer FORBIDDEN there and the UI uploads instead.
 */
export const filesContract = {
  'files:pickOpen': {
    request: z.object({ purpose: z.enum(FILE_PURPOSES), multiple: z.boolean().default(false) }).strict(),
    response: z.object({ files: z.array(grantedFileSchema) }),
  },
  'files:pickSave': {
    request: z.object({ defaultName: z.string().min(1).max(255), format: z.enum(['csv', 'json']) }).strict(),
    response: z.object({ path: z.string().nullable() }),
  },
  'logs:importPaths': {
    request: z.object({ taskId, paths: z.array(grantedPath).min(1).max(10) }).strict(),
    response: logImportSummarySchema.extend({ cancelled: z.boolean() }),
  },
  'logs:exportPath': {
    request: z.object({ path: grantedPath, filter: logFilterSchema.default({}), sort: logSortSchema.default(DEFAULT_LOG_SORT), format: z.enum(['csv', 'json']) }).strict(),
    response: z.object({ rows: z.number().int() }),
  },
  'snapshot:inspectPath': {
    request: z.object({ path: grantedPath }).strict(),
    response: z.object({ tenantId: z.string(), tenantName: z.string(), appIds: z.array(z.string()) }).nullable(),
  },
  'snapshot:importPath': { request: z.object({ path: grantedPath }).strict(), response: importSummarySchema },
} as const satisfies ChannelSpecs;
