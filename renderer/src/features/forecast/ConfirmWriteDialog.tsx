import { TypeHostDialog, useHostStyles } from '../../components/TypeHostDialog';

/** Before the probe's write round trip: the admin types the host that will get a throwaway user (sent as `confirmHost`). */
export function ConfirmWriteDialog({ host, open, onCancel, onConfirm }: { host: string; open: boolean; onCancel: () => void; onConfirm: (typed: string) => void }) {
  const styles = useHostStyles();
  return (
    <TypeHostDialog
      host={host}
      open={open}
      title={`Write a throwaway user to ${host}?`}
      confirmLabel={`Write to ${host}`}
      inputTestId="probe-confirm-host"
      onCancel={onCancel}
      onConfirm={onConfirm}
      warning={
        <>
          The round trip creates a user named <span className={styles.host}>pwb-probe-…@invalid.example</span> in <span className={styles.host}>{host}</span>, updates it, disables and
          re-enables it, then deletes it. If a step fails, the user may be left behind for you to remove.
        </>
      }
    />
  );
}
