import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Button } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LogFilter, LogSort } from '../../../../shared/logs/log-filter';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke } from '../../lib/api';
import { downloadTextFile } from '../apps/downloadFile';

/** Exports the current view (filter and sort) as CSV or JSON. */
export function ExportLogsMenu({ filter, sort, total }: { filter: LogFilter; sort: LogSort; total: number }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResultError | null>(null);
  const run = async (format: 'csv' | 'json') => {
    setBusy(true);
    setError(null);
    const result = await invoke('logs:export', { filter, sort, format });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    downloadTextFile(result.value.fileName, result.value.text, format === 'csv' ? 'text/csv' : 'application/json');
    if (result.value.truncated) setError({ code: 'PAYLOAD_TOO_LARGE', message: `Only the first ${result.value.rows.toLocaleString()} records were exported. Use \`pwb logs query --format ${format}\` for the whole view.` });
  };
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button icon={<ArrowDownloadRegular />} disabled={busy || total === 0} data-testid="logs-export">
            {busy ? 'Exporting…' : 'Export view'}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => void run('csv')}>CSV (opens in Excel)</MenuItem>
            <MenuItem onClick={() => void run('json')}>JSON</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {error && <ErrorMessage error={error} title="Export" />}
    </>
  );
}
