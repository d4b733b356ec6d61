import { readTargetValue } from './target-values';
import type { TrialRun } from './types';

/** Fills each attribute's `landed` from the object the target holds after the run. */
export function fillLanded(run: TrialRun): void {
  for (const object of run.objects) {
    if (!object.targetObject) continue;
    for (const attribute of object.attributes) {
      if (attribute.landed !== undefined) continue;
      const value = readTargetValue(object.targetObject, attribute.targetAttributeName);
      if (value !== undefined) attribute.landed = value;
    }
  }
}
