/** A SCIM base URL the app may send a token to: https anywhere, plain http only on this machine. */
export function urlProblem(value: string): string | null {
  const text = value.trim();
  if (!text) return 'Enter the SCIM base URL (https://…/scim/v2).';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'This is not a URL. Enter the SCIM base URL, e.g. https://example.com/scim/v2.';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]')) return null;
  return 'Use https. Plain http is only allowed on 127.0.0.1, so the token never crosses the network unencrypted.';
}

/** The host part of a valid URL (what a confirmation names), or ''. */
export function hostOf(value: string): string {
  try {
    return new URL(value.trim()).host;
  } catch {
    return '';
  }
}
