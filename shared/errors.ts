/** Error codes shared by every boundary: IPC maps them to the Result envelope, the CLI to exit codes. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'INVALID_SNAPSHOT',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_CORRUPT',
  'PAYLOAD_TOO_LARGE',
  'IO_ERROR',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
