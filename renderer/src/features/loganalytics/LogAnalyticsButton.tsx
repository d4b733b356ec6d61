import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, makeStyles } from '@fluentui/react-components';
import { DatabaseSearchRegular } from '@fluentui/react-icons';
import type { LogFilter } from '../../../../shared/logs/log-filter';
import { LogAnalyticsPanel } from './LogAnalyticsPanel';

const useStyles = makeStyles({ surface: { maxWidth: 'min(760px, 94vw)', width: '760px' } });

/** Opens Log Analytics in place beside the local store, on the viewer's current filter. */
export function LogAnalyticsButton({ filter }: { filter: LogFilter }) {
  const styles = useStyles();
  return (
    <Dialog modalType="modal">
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<DatabaseSearchRegular />} data-testid="la-open">
          Log Analytics
        </Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface} aria-label="Log Analytics">
        <DialogBody>
          <DialogTitle>Log Analytics</DialogTitle>
          <DialogContent>
            <LogAnalyticsPanel filter={filter} />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
