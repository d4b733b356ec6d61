import type { ReactNode } from 'react';
import type { Query } from '../lib/useQuery';
import { ErrorMessage } from './ErrorMessage';
import { LoadingRows } from './Loading';

/** Renders a query's three states: skeleton while loading, a MessageBar on failure, the data otherwise. */
export function QueryView<T>({
  query,
  loadingLabel,
  errorTitle,
  loading,
  children,
}: {
  query: Query<T>;
  loadingLabel: string;
  errorTitle?: string;
  loading?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.status === 'error') {
    return <ErrorMessage error={query.error} onRetry={query.reload} {...(errorTitle ? { title: errorTitle } : {})} />;
  }
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.status === 'idle') return null;
  return <>{loading ?? <LoadingRows label={loadingLabel} />}</>;
}
