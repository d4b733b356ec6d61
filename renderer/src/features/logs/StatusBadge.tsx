import { Badge } from '@fluentui/react-components';
import { titleCase } from './logColumns';

const COLORS: Record<string, 'success' | 'danger' | 'warning' | 'informative'> = { success: 'success', failure: 'danger', warning: 'warning', skipped: 'informative' };

/** A record's outcome as the portal colours it. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge appearance="tint" color={COLORS[status] ?? 'informative'} size="small">
      {titleCase(status)}
    </Badge>
  );
}
