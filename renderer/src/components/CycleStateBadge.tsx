import { Badge, type BadgeProps } from '@fluentui/react-components';

function colorFor(state: string): NonNullable<BadgeProps['color']> {
  const lower = state.toLowerCase();
  if (lower.includes('fail') || lower.includes('error')) return 'danger';
  if (lower.includes('warn') || lower.includes('escrow')) return 'warning';
  if (lower.includes('succe') || lower === 'completed') return 'success';
  return 'informative';
}

/** A synchronization cycle's state (Graph's words, verbatim) with a color that matches its meaning. */
export function CycleStateBadge({ state }: { state: string }) {
  return (
    <Badge appearance="tint" color={colorFor(state)}>
      {state}
    </Badge>
  );
}
