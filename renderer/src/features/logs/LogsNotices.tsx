import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

/** What a toolbar action (Pull, Import) has to say, shown under the toolbar so the buttons never move. */
export interface LogsNotice {
  intent: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  body: ReactNode;
  /** While the task runs: a spinner and Cancel instead of Dismiss. */
  onCancel?: () => void;
  /** An extra action, e.g. "Sign in". */
  action?: { label: string; onClick(): void };
  testId?: string;
}

export type NoticeKey = 'pull' | 'import';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  busy: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function LogsNotices({ notices, onDismiss }: { notices: Partial<Record<NoticeKey, LogsNotice>>; onDismiss(key: NoticeKey): void }) {
  const styles = useStyles();
  const entries = (Object.entries(notices) as Array<[NoticeKey, LogsNotice | undefined]>).filter((entry): entry is [NoticeKey, LogsNotice] => entry[1] !== undefined);
  if (entries.length === 0) return null;
  return (
    <div className={styles.list} data-testid="logs-notices">
      {entries.map(([key, notice]) => (
        <MessageBar
          key={key}
          intent={notice.intent}
          layout="multiline"
          role={notice.intent === 'error' ? 'alert' : 'status'}
          data-testid={notice.testId ?? `logs-notice-${key}`}
        >
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.onCancel ? (
              <span className={styles.busy}>
                <Spinner size="extra-tiny" />
                {notice.body}
              </span>
            ) : (
              notice.body
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              notice.onCancel ? null : <Button appearance="transparent" icon={<DismissRegular />} aria-label="Dismiss message" onClick={() => onDismiss(key)} />
            }
          >
            {notice.action && <Button onClick={notice.action.onClick}>{notice.action.label}</Button>}
            {notice.onCancel && <Button onClick={notice.onCancel}>Cancel</Button>}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
