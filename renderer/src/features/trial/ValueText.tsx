import { makeStyles, tokens } from '@fluentui/react-components';
import { displayValue } from './displayValue';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', overflowWrap: 'anywhere' },
  more: { color: tokens.colorNeutralForeground3 },
});

const SHOWN = 8;

/** A SCIM multi-value entry ({ value, display, … }) by its display name and value; anything else as text. */
function entryText(item: unknown): string {
  if (item !== null && typeof item === 'object' && 'value' in item) {
    const { value, display } = item as { value: unknown; display?: unknown };
    return typeof display === 'string' ? `${display} · ${displayValue(value)}` : displayValue(item);
  }
  return displayValue(item);
}

/** A value in a table cell: a multi-valued attribute one value a line (the first few), anything else as text. */
export function ValueText({ value }: { value: unknown }) {
  const styles = useStyles();
  if (!Array.isArray(value) || value.length === 0) return <>{displayValue(value)}</>;
  return (
    <ul className={styles.list}>
      {value.slice(0, SHOWN).map((item, index) => (
        <li key={index}>{entryText(item)}</li>
      ))}
      {value.length > SHOWN && <li className={styles.more}>and {value.length - SHOWN} more</li>}
    </ul>
  );
}
