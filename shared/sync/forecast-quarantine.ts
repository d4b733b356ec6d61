import type { QuarantineForecast } from './forecast-types';

/** Entra's quarantine thresholds for a cycle (scim-entra §4.12 item 43). */
export const QUARANTINE_RULES = {
  /** Quarantine is evaluated only once this many failures accumulate. */
  evaluationFloor: 5_000,
  /** Above this share of failed objects… */
  failureRate: 0.4,
  /** …or above this many failures, the job is quarantined. */
  failureCount: 40_000,
  /** Reference failures (manager, members) count only toward this absolute number. */
  referenceFailureCount: 60_000,
} as const;

const pct = (rate: number) => `${Math.round(rate * 1000) / 10} %`;
const n = (value: number) => value.toLocaleString('en-US');

/**
 * Whether a first cycle with these failures would put the job in quarantine. Reference failures
 * never count toward the 5,000 floor or the 40 % rate, only toward their own 60,000.
 */
export function quarantineForecast(failures: number, processed: number, referenceFailures: number): QuarantineForecast {
  const rate = processed > 0 ? failures / processed : 0;
  const evaluated = failures >= QUARANTINE_RULES.evaluationFloor || referenceFailures > QUARANTINE_RULES.referenceFailureCount;
  const reasons: QuarantineForecast['reasons'] = [];
  if (failures >= QUARANTINE_RULES.evaluationFloor && rate > QUARANTINE_RULES.failureRate) reasons.push('rate');
  if (failures > QUARANTINE_RULES.failureCount) reasons.push('count');
  if (referenceFailures > QUARANTINE_RULES.referenceFailureCount) reasons.push('references');
  const quarantined = reasons.length > 0;
  let message: string;
  if (quarantined) {
    const why = reasons.map((r) =>
      r === 'rate' ? `${pct(rate)} of objects fail (over 40 %)` : r === 'count' ? `${n(failures)} failures (over 40,000)` : `${n(referenceFailures)} reference failures (over 60,000)`,
    );
    message = `Would be quarantined: ${why.join(' and ')}. Entra then retries after 6 h, 12 h, 24 h, then daily for 28 days. Fix the failures before starting provisioning.`;
  } else if (!evaluated) {
    const far = failures < QUARANTINE_RULES.evaluationFloor / 10;
    message =
      `Not quarantined: ${n(failures)} failure${failures === 1 ? '' : 's'} (${pct(rate)} of ${n(processed)}), ` +
      `${far ? 'far ' : ''}below the 5,000 failures Entra needs before it evaluates quarantine at all. ` +
      (failures > 0 ? 'The failures are still logged every cycle and retried; fix them anyway.' : 'No failure is expected.');
  } else {
    message = `Evaluated but not quarantined: ${n(failures)} failures are ${pct(rate)} of ${n(processed)} (the limits are 40 % and 40,000; ${n(referenceFailures)} reference failures of 60,000).`;
  }
  return { failures, processed, rate, referenceFailures, evaluated, quarantined, reasons, message };
}
