import { useCallback, useEffect, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result, ResultError } from '../../../shared/ipc/result';
import { invoke } from './api';
import { useWorkspaceVersion } from './workspaceVersion';

export type QueryState<T> =
  | { status: 'idle'; data: undefined; error: undefined }
  | { status: 'loading'; data: T | undefined; error: undefined }
  | { status: 'error'; data: T | undefined; error: ResultError }
  | { status: 'success'; data: T; error: undefined };

export type Query<T> = QueryState<T> & { reload: () => void };

export interface QueryOptions {
  /** Keep showing the previous answer while a new request (e.g. a new search term) loads. */
  keepPreviousData?: boolean;
}

interface Settled<T> {
  key: string;
  requestKey: string;
  result: Result<T>;
  lastValue: T | undefined;
}

/**
 * Calls one contract channel and tracks loading/error/data. Pass `null` as the request to skip the
 * call. Refetches when the request changes, on `reload()`, and when the workspace changes.
 */
export function useQuery<C extends Channel>(
  channel: C,
  request: RequestOf<C> | null,
  options: QueryOptions = {},
): Query<ResponseOf<C>> {
  type T = ResponseOf<C>;
  const requestKey = request === null ? null : `${channel} ${JSON.stringify(request)}`;
  const [reloads, setReloads] = useState(0);
  const version = useWorkspaceVersion();
  const key = requestKey === null ? null : `${requestKey}#${reloads}#${version}`;
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    if (key === null || requestKey === null) return;
    let cancelled = false;
    // The request is re-read from its key so the effect depends on the request's value, not identity.
    const body = JSON.parse(requestKey.slice(channel.length + 1)) as RequestOf<C>;
    void invoke(channel, body).then((result) => {
      if (cancelled) return;
      setSettled((previous) => ({
        key,
        requestKey,
        result,
        lastValue: result.ok ? result.value : previous?.requestKey === requestKey ? previous.lastValue : undefined,
      }));
    });
    return () => {
      cancelled = true;
    };
  }, [channel, key, requestKey]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);

  if (key === null) return { status: 'idle', data: undefined, error: undefined, reload };
  if (settled?.key === key) {
    if (settled.result.ok) return { status: 'success', data: settled.result.value, error: undefined, reload };
    return { status: 'error', data: settled.lastValue, error: settled.result.error, reload };
  }
  const sameRequest = settled?.requestKey === requestKey;
  const previous = sameRequest || options.keepPreviousData ? settled?.lastValue : undefined;
  return { status: 'loading', data: previous, error: undefined, reload };
}
