import type { ErrorDetail } from '../errors';
import { isAppError } from '../errors';
import { contract, isChannel, type Handlers } from './contract';
import { fail, ok, toFailure, type Result } from './result';

export interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** zod issues as `{path, message}` details: dotted paths (`items.0.name`), one per unknown key. */
export function issuesToDetails(issues: readonly ZodIssueLike[]): ErrorDetail[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: `Unknown field "${key}".` }));
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(request)';
}

export interface DispatchHooks {
  /** Called with anything a handler threw that is not a deliberate AppError (for the main-process log). */
  onUnexpectedError?(channel: string, error: unknown): void;
}

/**
 * The one request path every transport shares: the channel must exist, the request must parse with
 * the contract's zod schema, and whatever the handler throws becomes a Result failure that carries
 * no stack trace or internal message.
 */
export async function dispatch(handlers: Handlers, channel: string, request: unknown, hooks: DispatchHooks = {}): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `There is no channel named "${channel}".`);
  const parsed = contract[channel].request.safeParse(request);
  if (!parsed.success) return fail('BAD_REQUEST', `The ${channel} request is not valid.`, issuesToDetails(parsed.error.issues));
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (!isAppError(error)) hooks.onUnexpectedError?.(channel, error);
    return toFailure(error);
  }
}
