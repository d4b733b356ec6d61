import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ResultError } from '../../../shared/ipc/result';

const useStyles = makeStyles({
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** An API failure in words, never a blank screen. */
export function ErrorMessage({ error, title, onRetry }: { error: ResultError; title?: string; onRetry?: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-message">
      <MessageBarBody>
        <MessageBarTitle>{title ?? 'Could not load this'}</MessageBarTitle>
        {error.message} <span className={styles.code}>({error.code})</span>
        {error.details && error.details.length > 0 && (
          <ul className={styles.details}>
            {error.details.map((detail) => (
              <li key={`${detail.path}:${detail.message}`}>
                <span className={styles.code}>{detail.path}</span>: {detail.message}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
