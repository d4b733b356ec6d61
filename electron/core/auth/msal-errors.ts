import { AppError } from '../../../shared/errors';
import { redactText } from '../logger';
import { loadedMsal } from './msal';

/**
 * MSAL errors as the admin should read them. Only MSAL's error code and a redacted, shortened
 * description pass through: server messages can echo request parameters, never tokens we keep.
 */
export function toAuthAppError(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  const msal = loadedMsal();
  if (!msal) return new AppError('INTERNAL', `${what}: ${redactText(error instanceof Error ? error.message : String(error))}`);
  const { AuthError, InteractionRequiredAuthError } = msal;
  // invalid_grant: the refresh token expired or was revoked (password reset, sign-out everywhere).
  if (error instanceof InteractionRequiredAuthError || (error instanceof AuthError && error.errorCode === 'invalid_grant')) {
    return new AppError('FORBIDDEN', `${what}: the sign-in has expired or needs consent again (${error.errorCode}). Sign in again.`);
  }
  if (error instanceof AuthError) {
    if (/cancel/i.test(error.errorCode)) return new AppError('BAD_REQUEST', `${what}: sign-in was cancelled.`);
    const description = redactText(error.errorMessage ?? '').split('\n')[0]?.slice(0, 300) ?? '';
    return new AppError('IO_ERROR', `${what}: ${error.errorCode}${description ? ` — ${description}` : ''}`);
  }
  return new AppError('INTERNAL', `${what}: ${redactText(error instanceof Error ? error.message : String(error))}`);
}
