import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LogFilter, LogSort } from '../../../../shared/logs/log-filter';
import type { ResultError } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { invoke, isDesktop } from '../../lib/api';
import { downloadTextFile } from '../apps/downloadFile';

type Format = 'csv' | 'json';

/**
 * Exports the current view (filter and sort) as CSV or JSON: in the desktop app to a file chosen in
 * the native save dialog, streamed by the core with no row cap; in browser mode as a download.
 */
export function ExportLogsMenu({ filter, sort, total }: { filter: LogFilter; sort: LogSort; total: number }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResultError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const toFile = async (format: Format) => {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    const picked = await invoke('files:pickSave', { defaultName: `provisioning-logs-${stamp}.${format}`, format });
    if (!picked.ok) return setError(picked.error);
    const file = picked.value.path;
    if (!file) return;
    const written = await invoke('logs:exportPath', { path: file, filter, sort, format });
    if (!written.ok) return setError(written.error);
    setSaved(`${written.value.rows.toLocaleString()} records saved to ${file}.`);
  };

  const download = async (format: Format) => {
    const result = await invoke('logs:export', { filter, sort, format });
    if (!result.ok) return setError(result.error);
    downloadTextFile(result.value.fileName, result.value.text, format === 'csv' ? 'text/csv' : 'application/json');
    if (result.value.truncated) setError({ code: 'PAYLOAD_TOO_LARGE', message: `Only the first ${result.value.rows.toLocaleString()} records were exported. Use \`pwb logs query --format ${format}\` for the whole view.` });
  };

  const run = async (format: Format) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    await (isDesktop() ? toFile(format) : download(format));
    setBusy(false);
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
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
      {error && <ErrorMessage error={error} title="Export" />}
    </>
  );
}
