import { hash128, stableGuid, stableHex32 } from './random';
import type { TargetIdStyle } from './sample-app';

/** The id the target app gave an object (`targetIdentity.id`), in the app's own style and stable per object. */
export function targetId(style: TargetIdStyle, appKey: string, objectId: string): string {
  switch (style) {
    case 'guid':
      return stableGuid('target', appKey, objectId);
    case 'objectId':
      return stableHex32('target', appKey, objectId).slice(0, 24);
    case 'numeric':
      return String(10_000 + ((hash128(`target:${appKey}:${objectId}`)[0] ?? 0) % 90_000));
  }
}
