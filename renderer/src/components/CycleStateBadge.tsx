import { Badge, type BadgeProps } from '@fluentui/react-components';
import { cycleStateInWords } from '../lib/cycleState';

function colorFor(state: string): NonNullable<BadgeProps['color']> {
  const lower = state.toLowerCase();
  if (lower.includes('fail') || lower.includes('error')) return 'danger';
  if (lower.includes('warn') || lower.includes('escrow')) return 'warning';
  if (lower.includes('succe') || lower === 'completed') return 'success';
  return 'informative';
}

/** A synchronization cycle's state in words (Graph's own word on hover) with a color that matches its meaning. */
export function CycleStateBadge({ state }: { state: string }) {
  return (
    <Badge appearance="tint" color={colorFor(state)} title={`Graph state: ${state}`} data-state={state}>
      {cycleStateInWords(state)}
    </Badge>
  );
}
