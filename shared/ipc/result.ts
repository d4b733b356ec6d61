import type { ErrorCode, ErrorDetail } from '../errors';
import { AppError } from '../errors';

export interface ResultError {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: ErrorDetail[]): Result<never> {
  return { ok: false, error: details && details.length > 0 ? { code, message, details } : { code, message } };
}

/** Turns anything thrown by a handler into a Result without leaking stack traces or internals. */
export function toFailure(error: unknown): Result<never> {
  if (error instanceof AppError) return fail(error.code, error.message, error.details);
  return fail('INTERNAL', 'Something went wrong inside Provisioning Workbench. The details are in the log.');
}
