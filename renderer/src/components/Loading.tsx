import { Skeleton, SkeletonItem, Spinner, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS },
});

export function LoadingSpinner({ label }: { label: string }) {
  return <Spinner size="small" label={label} labelPosition="after" />;
}

/** Placeholder rows while a list or table loads. */
export function LoadingRows({ label, rows = 5 }: { label: string; rows?: number }) {
  const styles = useStyles();
  return (
    <Skeleton aria-label={label} className={styles.rows} aria-busy="true">
      {Array.from({ length: rows }, (_, index) => (
        <SkeletonItem key={index} size={20} />
      ))}
    </Skeleton>
  );
}
