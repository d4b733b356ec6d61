/**
 * The contract's channel names without its zod schemas, for the sandboxed preload, which must stay a
 * small bundle with no npm code. contract.ts remains the source of truth: a unit test asserts this
 * list and `Object.keys(contract)` are identical.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'tenants:list',
  'apps:list',
  'apps:overview',
  'apps:assignments',
  'apps:mappings',
  'snapshot:export',
  'snapshot:import',
  // logs
  'logs:query',
  'logs:counts',
  'logs:stats',
  'logs:cycles',
  'logs:detail',
  'logs:apps',
  'logs:export',
  'logs:import',
  'logs:pull',
  'logs:cancel',
  // Log Analytics in place
  'logAnalytics:status',
  'logAnalytics:connect',
  'logAnalytics:disconnect',
  'logAnalytics:summary',
  'logAnalytics:history',
  'logAnalytics:pull',
  'logAnalytics:cancel',
  // auth + tenant (sign-in and reading the tenant from Graph)
  'auth:status',
  'auth:signInInteractive',
  'auth:startDeviceCode',
  'auth:completeDeviceCode',
  'auth:cancelSignIn',
  'auth:switchAccount',
  'auth:signOut',
  'auth:saveSettings',
  'tenant:status',
  'tenant:refresh',
  'tenant:cancel',
  // audit
  'audit:run',
  'audit:preview',
  'audit:diff',
  'audit:report',
  // scim (local SCIM endpoint)
  'scim:status',
  'scim:profiles',
  'scim:start',
  'scim:stop',
  'scim:revealToken',
  'scim:regenerateToken',
  'scim:log',
  'scim:logEntry',
  'scim:resources',
  'scim:reset',
  // trial sync
  'trial:subjects',
  'trial:groupMembers',
  'trial:source',
  'trial:run',
  'trial:runs',
  'trial:getRun',
  'trial:clearRuns',
  'trial:state',
  'trial:resetState',
  'trial:targetObject',
  // before rollout
  'forecast:run',
  'forecast:latest',
  'forecast:rows',
  'forecast:object',
  'forecast:cancel',
  'scimCheck:run',
  // predicted vs actual (provision on demand)
  'onDemand:check',
  'onDemand:run',
  'onDemand:runs',
  'onDemand:get',
  // native files (desktop app)
  'files:pickOpen',
  'files:pickSave',
  'logs:importPaths',
  'logs:exportPath',
  'snapshot:inspectPath',
  'snapshot:importPath',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The one channel main uses to push core events (progress, workspace changes) to windows. */
export const EVENT_CHANNEL = 'pwb:event';

const known: ReadonlySet<string> = new Set(CHANNEL_NAMES);

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && known.has(value);
}
