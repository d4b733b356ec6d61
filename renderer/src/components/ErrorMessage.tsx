import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ResultError } from '../../../shared/ipc/result';
import { errorInWords } from '../lib/errorInWords';
import { openSignIn } from '../lib/openSignIn';

const useStyles = makeStyles({
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  todo: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  raw: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '160px',
    overflowY: 'auto',
    '&[hidden]': { display: 'none' },
  },
  toggle: { minWidth: 0, padding: 0, verticalAlign: 'baseline' },
});

/**
 * An API failure in words, never a blank screen: what happened and what to do, with the code and the
 * raw message (e.g. MSAL's) behind a Details toggle.
 */
export function ErrorMessage({
  error,
  title,
  onRetry,
  offerSignIn = true,
}: {
  error: ResultError;
  title?: string;
  onRetry?: () => void;
  /** Off where the admin is already on the sign-in screen. */
  offerSignIn?: boolean;
}) {
  const styles = useStyles();
  const words = errorInWords(error);
  const signIn = offerSignIn && words.signIn;
  const [open, setOpen] = useState(false);
  const detailId = useId();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-message">
      <MessageBarBody>
        <MessageBarTitle>{title ?? 'Could not load this'}</MessageBarTitle>
        {words.what}
        {words.todo && <span className={styles.todo}>{words.todo}</span>}
        {error.details && error.details.length > 0 && (
          <ul className={styles.details}>
            {error.details.map((detail) => (
              <li key={`${detail.path}:${detail.message}`}>
                <span className={styles.code}>{detail.path}</span>: {detail.message}
              </li>
            ))}
          </ul>
        )}
        <span className={styles.todo}>
          <Button
            appearance="transparent"
            size="small"
            className={styles.toggle}
            icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={open}
            aria-controls={detailId}
            onClick={() => setOpen(!open)}
          >
            Details
          </Button>
        </span>
        <span id={detailId} className={styles.raw} hidden={!open} data-testid="error-detail">
          Code: {error.code}
          {words.hasDetail && `\n${error.message}`}
        </span>
      </MessageBarBody>
      {(onRetry || signIn) && (
        <MessageBarActions>
          {signIn && <Button onClick={openSignIn}>Sign in</Button>}
          {onRetry && <Button onClick={onRetry}>Try again</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
