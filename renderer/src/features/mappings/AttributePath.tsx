import { Fragment } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  schema: { color: tokens.colorNeutralForeground3 },
});

/** Where a long path may wrap: after ':' and '.', and before '['. */
function withBreaks(text: string) {
  const parts = text.split(/(?<=[:.])|(?=\[)/);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/**
 * A target attribute name. SCIM extension attributes carry their schema URN
 * (`urn:…:enterprise:2.0:User:department`); the URN is muted so the attribute itself stands out.
 */
export function AttributePath({ name }: { name: string }) {
  const styles = useStyles();
  const urn = name.startsWith('urn:') ? name.slice(0, name.lastIndexOf(':') + 1) : '';
  return (
    <span className={styles.path}>
      {urn && <span className={styles.schema}>{withBreaks(urn)}</span>}
      {withBreaks(name.slice(urn.length))}
    </span>
  );
}
