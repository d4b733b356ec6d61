import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { marginLeft: 'auto', display: 'flex', gap: tokens.spacingHorizontalS },
});

/** A titled panel; the heading level keeps the document outline meaningful. */
export function Section({
  title,
  level = 3,
  actions,
  children,
  testId,
}: {
  title: ReactNode;
  level?: 2 | 3 | 4;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const styles = useStyles();
  const Heading = `h${level}` as const;
  return (
    <section className={styles.section} data-testid={testId}>
      <div className={styles.header}>
        <Heading className={styles.title}>{title}</Heading>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {children}
    </section>
  );
}
