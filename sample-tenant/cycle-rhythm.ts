import type { Random } from './random';

/** More changes in European and American working hours, few at weekends. */
export function activityFactor(ms: number): number {
  const date = new Date(ms);
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
  if (weekend) return 0.35;
  const hour = date.getUTCHours();
  return hour >= 7 && hour < 19 ? 1.7 : 0.55;
}

export function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random.next();
  while (product > limit) {
    count++;
    product *= random.next();
  }
  return count;
}
