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
import { CodeRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(1000px, 92vw)', width: '100%' },
  pre: {
    margin: 0,
    maxHeight: '62vh',
    overflow: 'auto',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  jobId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  status: { marginRight: 'auto', alignSelf: 'center', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The job's synchronization schema as Graph returns it, pretty-printed and copyable. */
export function SchemaJsonDialog({ schemaJson, jobId }: { schemaJson: string; jobId: string }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const pretty = useMemo(() => (open ? prettyJson(schemaJson) : ''), [open, schemaJson]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(pretty);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        setCopyState('idle');
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" icon={<CodeRegular />}>
          View schema JSON
        </Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Synchronization schema</DialogTitle>
          <DialogContent className={styles.content}>
            <span className={styles.jobId}>Job {jobId}</span>
            <pre className={styles.pre} tabIndex={0} aria-label="Schema JSON" data-testid="schema-json">
              {pretty}
            </pre>
          </DialogContent>
          <DialogActions>
            <span className={styles.status} role="status">
              {copyState === 'copied' ? 'Copied to the clipboard.' : copyState === 'failed' ? 'Could not copy; select the text instead.' : ''}
            </span>
            <Button onClick={() => void copy()}>Copy</Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
