import { Fragment } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  schema: { color: tokens.colorNeutralForeground3 },
  schemaShort: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  short: { textDecorationLine: 'none', cursor: 'help', minWidth: 0, overflowWrap: 'anywhere' },
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
 * How a target attribute is shown: an extension attribute's schema URN
 * (`urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department`) is shortened to the
 * extension's name (`…enterprise:department`); other names are shown whole.
 */
export function shortAttributeName(name: string): { schema: string; attribute: string } | null {
  if (!name.startsWith('urn:')) return null;
  const cut = name.lastIndexOf(':');
  const attribute = name.slice(cut + 1);
  const extension = /:extension:([^:]+):/i.exec(name)?.[1] ?? /:schemas:[^:]*:?([^:]+):[^:]*$/i.exec(name.slice(0, cut))?.[1] ?? 'urn';
  return { schema: `…${extension}:`, attribute };
}

/** A target attribute name; a URN is shortened with the full name on hover (and as its description). */
export function AttributePath({ name }: { name: string }) {
  const styles = useStyles();
  const short = shortAttributeName(name);
  if (!short) return <span className={styles.path}>{withBreaks(name)}</span>;
  return (
    <abbr className={`${styles.path} ${styles.short}`} title={name} data-full-name={name}>
      <span className={styles.schemaShort}>{short.schema}</span>
      <wbr />
      {withBreaks(short.attribute)}
    </abbr>
  );
}
