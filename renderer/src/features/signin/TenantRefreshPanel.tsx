import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { RefreshResult } from '../../../../shared/ipc/contracts/tenant';
import { appsRoute, formatHash } from '../../app/useHashRoute';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FactList } from '../../components/FactList';
import { invoke } from '../../lib/api';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useQuery } from '../../lib/useQuery';
import { useTask } from '../../lib/useTask';
import { AppRefreshList } from './AppRefreshList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '560px' },
  label: { color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** Reads the signed-in tenant into the workspace: last fetched, refresh with progress and cancel. */
export function TenantRefreshPanel({ accountKey }: { accountKey: string }) {
  const styles = useStyles();
  const status = useQuery('tenant:status', {}, { keepPreviousData: true });
  const { reload } = status;
  const task = useTask<RefreshResult>('refresh', (taskId) => invoke('tenant:cancel', { taskId }));
  const { state } = task;
  const [search, setSearch] = useState('');

  useEffect(reload, [accountKey, reload]);

  const refresh = async (appIds?: string[]) => {
    const scope = appIds ? { appIds } : search.trim() ? { search: search.trim() } : {};
    await task.run('Starting', (taskId) => invoke('tenant:refresh', { taskId, ...scope }));
    reload();
  };

  const progress = state.status === 'running' ? state : null;
  const result = state.status === 'done' ? state.value : null;
  const error = state.status === 'failed' ? state.error : null;
  const data = status.data;
  const fetchedAt = data?.fetchedAt ?? null;
  return (
    <div className={styles.root} data-testid="tenant-refresh">
      <FactList
        label="Signed-in tenant"
        facts={[
          { label: 'Tenant', value: data?.tenantName ?? data?.account?.tenantId ?? '—' },
          { label: 'Last fetched', value: fetchedAt ? `${formatDateTime(fetchedAt)} (${formatRelative(fetchedAt)})` : 'Not read yet' },
        ]}
      />
      {progress ? (
        <div className={styles.progress} role="status" aria-live="polite">
          <ProgressBar {...(progress.total ? { value: (progress.done ?? 0) / progress.total } : {})} thickness="large" aria-label="Refresh progress" />
          <div className={styles.row}>
            <span className={styles.label} data-testid="refresh-progress">
              {progress.label}
              {progress.total ? ` — ${progress.done} of ${progress.total}` : progress.done ? ` — ${progress.done}` : ''}
            </span>
            <Button size="small" onClick={task.cancel}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className={styles.form}>
          <Field label="Only apps named (optional; empty reads every app with provisioning)">
            <Input value={search} placeholder="e.g. Howspace" onChange={(_, data) => setSearch(data.value)} />
          </Field>
          <Button appearance="primary" icon={<ArrowSyncRegular />} onClick={() => void refresh()}>
            {fetchedAt ? 'Refresh from Microsoft Graph' : 'Read tenant from Microsoft Graph'}
          </Button>
        </div>
      )}
      {data?.inWorkspace && data.account && (
        <AppRefreshList tenantId={data.account.tenantId} disabled={progress !== null} onRefresh={(appId) => void refresh([appId])} />
      )}
      {result && (
        <MessageBar intent="success" data-testid="refresh-result">
          <MessageBarBody>
            <MessageBarTitle>Read {result.tenantName}</MessageBarTitle>
            {result.apps} app(s) with provisioning among {result.scanned} enterprise apps, {result.users} user(s), {result.groups} group(s).
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => (window.location.hash = formatHash(appsRoute(result.tenantId)))}>Open its apps</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {result && <AppFailures denied={result.deniedApps ?? []} failed={result.failedApps ?? []} />}
      {error && (
        <ErrorMessage
          error={{ ...error, message: `${error.message}${fetchedAt ? ` The workspace still shows the data fetched ${formatRelative(fetchedAt)}.` : ''}` }}
          title={error.code === 'FORBIDDEN' ? 'Microsoft Graph refused — ask your tenant admin' : 'Refresh failed'}
        />
      )}
    </div>
  );
}

type AppFailure = NonNullable<RefreshResult['deniedApps']>[number];

/** The roles sentence of a denied app's reason ("Ask your tenant admin for …"), or the roles themselves. */
function rolesNeeded(reason: string): string {
  return /Ask your tenant admin for .*$/.exec(reason)?.[0] ?? 'Ask your tenant admin for the Application Administrator or Cloud Application Administrator directory role.';
}

/** Apps a refresh left out, each with its reason in words: the rest of the tenant was read. */
function AppFailures({ denied, failed }: { denied: AppFailure[]; failed: AppFailure[] }) {
  if (denied.length + failed.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="refresh-app-failures">
      <MessageBarBody>
        <MessageBarTitle>{denied.length + failed.length} app(s) could not be read and were left out; the rest of the tenant was read</MessageBarTitle>
        <ul>
          {denied.map((app) => (
            <li key={app.id}>
              <strong>{app.name}</strong>: Microsoft Graph refused to show its provisioning to this account (access denied). {rolesNeeded(app.reason)}
            </li>
          ))}
          {failed.map((app) => (
            <li key={app.id}>
              <strong>{app.name}</strong>: {app.reason}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
