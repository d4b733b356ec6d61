import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { FactList } from '../components/FactList';
import { QueryView } from '../components/QueryView';
import { useQuery } from '../lib/useQuery';

const useStyles = makeStyles({
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const MODE_NAMES = { electron: 'Desktop app (Electron)', browser: 'Browser mode (local host)' } as const;

export function AboutDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small">
          About
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>About Provisioning Workbench</DialogTitle>
          <DialogContent>{open && <AppInfoFacts />}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function AppInfoFacts() {
  const styles = useStyles();
  const info = useQuery('app:info', {});
  return (
    <QueryView query={info} loadingLabel="Loading app information" errorTitle="Could not read app information">
      {(value) => (
        <FactList
          label="App information"
          facts={[
            { label: 'Product', value: value.name },
            { label: 'Version', value: value.version },
            { label: 'Mode', value: MODE_NAMES[value.mode] },
            { label: 'Platform', value: value.platform },
            { label: 'Data directory', value: <span className={styles.path}>{value.dataDir}</span> },
            { label: 'Workspace', value: <span className={styles.path}>{value.workspacePath}</span> },
          ]}
        />
      )}
    </QueryView>
  );
}
