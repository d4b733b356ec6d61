import type { ParseArgsConfig } from 'node:util';
import { PROVISIONING_ACTIONS, PROVISIONING_RESULTS } from '../../../shared/graph/provisioning-log';
import { logFilterSchema, parseTimeArg, type LogFilter } from '../../../shared/logs/log-filter';
import { UsageError } from '../cli-context';

/** The filter flags `pwb logs query` and `pwb logs stats` share. */
export const FILTER_OPTIONS = {
  status: { type: 'string' },
  action: { type: 'string' },
  app: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  identity: { type: 'string' },
  cycle: { type: 'string' },
  job: { type: 'string' },
  change: { type: 'string' },
  error: { type: 'string' },
  text: { type: 'string' },
  trial: { type: 'boolean' },
  real: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export const STORE_OPTIONS = { db: { type: 'string' }, 'data-dir': { type: 'string' } } as const satisfies ParseArgsConfig['options'];

type FilterValues = { [K in keyof typeof FILTER_OPTIONS]?: (typeof FILTER_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

const list = (value: string | undefined) => value?.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);

export function filterFromArgs(values: FilterValues, now: Date): LogFilter {
  const time = (flag: 'since' | 'until') => {
    const value = values[flag];
    if (value === undefined) return undefined;
    const iso = parseTimeArg(value, now);
    if (!iso) throw new UsageError(`--${flag} must be an ISO date/time or a span like 7d, 24h or 90m, not "${value}".`);
    return iso;
  };
  const status = list(values.status);
  const action = list(values.action)?.map((a) => (a === 'stageddelete' ? 'stageddelete' : a));
  for (const s of status ?? []) if (!(PROVISIONING_RESULTS as readonly string[]).includes(s)) throw new UsageError(`--status must be one of ${PROVISIONING_RESULTS.slice(0, 4).join(', ')}, not "${s}".`);
  for (const a of action ?? []) if (!(PROVISIONING_ACTIONS as readonly string[]).includes(a)) throw new UsageError(`--action must be one of ${PROVISIONING_ACTIONS.slice(0, 6).join(', ')}, not "${a}".`);
  if (values.trial && values.real) throw new UsageError('--trial and --real exclude each other.');
  const raw = {
    since: time('since'),
    until: time('until'),
    status,
    action,
    app: values.app,
    identity: values.identity,
    cycleId: values.cycle,
    jobId: values.job,
    changeId: values.change,
    errorCode: values.error,
    text: values.text,
    origin: values.trial ? 'trial' : values.real ? 'real' : undefined,
  };
  const parsed = logFilterSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
  return parsed.data;
}
