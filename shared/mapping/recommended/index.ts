import type { RecommendedMapping } from './build';
import { GENERIC_RECOMMENDED } from './generic';
import { HOWSPACE_RECOMMENDED, OFFICERND_RECOMMENDED, OFFICESPACE_RECOMMENDED } from './vendors';

export type { RecommendedMapping } from './build';

export const RECOMMENDED_MAPPINGS: readonly RecommendedMapping[] = [GENERIC_RECOMMENDED, HOWSPACE_RECOMMENDED, OFFICERND_RECOMMENDED, OFFICESPACE_RECOMMENDED];

export function recommendedMappingFor(profileId: string): RecommendedMapping | undefined {
  return RECOMMENDED_MAPPINGS.find((r) => r.profileId === profileId.toLowerCase());
}
