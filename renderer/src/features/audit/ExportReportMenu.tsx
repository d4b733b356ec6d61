import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Spinner } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { invoke } from '../../lib/api';
import { downloadTextFile } from '../apps/downloadFile';

const FORMATS = [
  ['markdown', 'Markdown (.md)'],
  ['csv', 'CSV for spreadsheets (.csv)'],
  ['html', 'Printable HTML (.html)'],
] as const;

/** Exports the audit as a report file; errors are reported through onError. */
export function ExportReportMenu({ tenantId, appId, profileId, onError }: { tenantId: string; appId: string; profileId: string | null | undefined; onError: (message: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: (typeof FORMATS)[number][0]) => {
    setBusy(true);
    onError(null);
    const result = await invoke('audit:report', { tenantId, appId, format, ...(profileId !== undefined ? { profileId } : {}) });
    setBusy(false);
    if (result.ok) downloadTextFile(result.value.fileName, result.value.text, result.value.mimeType);
    else onError(`Could not export the report: ${result.error.message}`);
  };
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={busy ? <Spinner size="tiny" /> : <ArrowDownload20Regular />} disabled={busy}>
          Export report
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {FORMATS.map(([format, label]) => (
            <MenuItem key={format} onClick={() => void exportAs(format)}>
              {label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
