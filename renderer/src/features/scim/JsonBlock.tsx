import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'auto',
    maxHeight: '360px',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** A JSON body, pretty-printed when it parses. */
export function JsonBlock({ text, label, empty = 'No body' }: { text: string | null; label: string; empty?: string }) {
  const styles = useStyles();
  if (text === null || text === '') return <p className={styles.empty}>{empty}</p>;
  let pretty = text;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    /* not JSON (or cut short): shown as received */
  }
  return (
    <pre className={styles.pre} aria-label={label} tabIndex={0}>
      {pretty}
    </pre>
  );
}
