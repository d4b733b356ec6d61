/**
 * The preload's private channel for files dropped onto the window: it sends their paths (read with
 * webUtils.getPathForFile, which only a real dropped or picked File has) and main grants them for
 * reading. Not a contract channel, so the page itself can never name a path to grant.
 */
export const DROPPED_FILES_CHANNEL = 'pwb:dropped-files';

/** Most files one drop may grant. */
export const MAX_DROPPED_FILES = 10;
