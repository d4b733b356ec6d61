import { SECTION_IDS } from '../app/sectionIds';
import { formatHash, parseHash } from '../app/useHashRoute';

/** Opens the "Your tenant" section, where the admin signs in. */
export function openSignIn(): void {
  const route = parseHash(window.location.hash);
  window.location.hash = formatHash({ ...route, appId: null, section: SECTION_IDS.signIn, path: [] });
}
