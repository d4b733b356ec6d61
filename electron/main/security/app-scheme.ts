/**
 * The renderer's own origin, `app://workbench`. A standard, secure scheme gives the page a real origin
 * (`'self'` in the CSP, fetch, storage) without `file://`'s privileges, which the
 * GrantFileProtocolExtraPrivileges fuse turns off (Electron security checklist, item 18).
 * Kept free of `electron` imports so that the origin check can use it anywhere.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;
