import type * as Msal from '@azure/msal-node';

let loaded: typeof Msal | undefined;
let loading: Promise<typeof Msal> | undefined;

/** MSAL is a large module graph: it loads on the first sign-in call, not when the app starts. */
export function loadMsal(): Promise<typeof Msal> {
  loading ??= import('@azure/msal-node').then((module) => (loaded = module));
  return loading;
}

/** MSAL if something has loaded it (an MSAL error can only exist then). */
export function loadedMsal(): typeof Msal | undefined {
  return loaded;
}
