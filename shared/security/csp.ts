/**
 * The renderer's Content-Security-Policy, in one place: the Electron main process sends it as a
 * header for dev-server loads, the browser-mode host sends it with every renderer response, and
 * renderer/index.html carries RENDERER_CSP_META in its <meta http-equiv> tag.
 */
export const RENDERER_CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Fluent UI (Griffel) injects <style> elements at runtime.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives browsers ignore (with a console warning) when the policy arrives in a <meta> tag. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** For the `Content-Security-Policy` response header. */
export const RENDERER_CSP = serializeCsp(RENDERER_CSP_DIRECTIVES);

/** For `<meta http-equiv="Content-Security-Policy">`: the same policy minus header-only directives. */
export const RENDERER_CSP_META = serializeCsp(
  Object.fromEntries(Object.entries(RENDERER_CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name))),
);
