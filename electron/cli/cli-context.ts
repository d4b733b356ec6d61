import { AppError, type ErrorCode } from '../../shared/errors';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
};

/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {}

const EXIT_BY_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 2,
  INVALID_SNAPSHOT: 3,
  WORKSPACE_TOO_NEW: 4,
  WORKSPACE_CORRUPT: 4,
  NOT_FOUND: 5,
};

/** Maps any error to one line (plus details) on stderr and an exit code. */
export function reportError(io: CliIO, error: unknown): number {
  if (error instanceof UsageError) {
    io.err(`pwb: ${error.message}\nRun \`pwb --help\` for usage.`);
    return 2;
  }
  if (error instanceof AppError) {
    io.err(`pwb: ${error.message}`);
    for (const detail of error.details.slice(0, 200)) io.err(`  ${detail.path}: ${detail.message}`);
    if (error.details.length > 200) io.err(`  … and ${error.details.length - 200} more`);
    return EXIT_BY_CODE[error.code] ?? 1;
  }
  io.err(`pwb: ${(error as Error)?.message ?? String(error)}`);
  return 1;
}
