import { TypeHostDialog, useHostStyles } from '../../components/TypeHostDialog';

/** Asks the admin to type the host before a run writes to a real SCIM service; the host typed is sent as `confirmHost`. */
export function ConfirmHostDialog({ host, open, onCancel, onConfirm }: { host: string; open: boolean; onCancel: () => void; onConfirm: (typed: string) => void }) {
  const styles = useHostStyles();
  return (
    <TypeHostDialog
      host={host}
      open={open}
      title={`Run against ${host}?`}
      confirmLabel={`Run against ${host}`}
      inputTestId="trial-confirm-host"
      onCancel={onCancel}
      onConfirm={onConfirm}
      warning={
        <>
          This run sends real requests to <span className={styles.host}>{host}</span>: objects there will be created, changed, disabled or deleted, as Entra would. A dry run sends GETs
          only.
        </>
      }
    />
  );
}
