import { Badge, type BadgeProps } from '@fluentui/react-components';

const COLOR: Readonly<Record<string, NonNullable<BadgeProps['color']>>> = { success: 'success', skipped: 'informative', failure: 'danger' };
const LABEL: Readonly<Record<string, string>> = { success: 'Success', skipped: 'Skipped', failure: 'Failure' };

/** A run's, object's or step's outcome (success / skipped / failure) as the provisioning log colors it. */
export function OutcomeBadge({ status, size = 'medium' }: { status: string; size?: NonNullable<BadgeProps['size']> }) {
  return (
    <Badge appearance="tint" color={COLOR[status] ?? 'subtle'} size={size} data-outcome={status}>
      {LABEL[status] ?? status}
    </Badge>
  );
}
