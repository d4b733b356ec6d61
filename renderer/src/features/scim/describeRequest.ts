/** A logged SCIM request as the admin reads it: the path with its query decoded, and what it touched. */
export interface RequestInWords {
  /** The path with `%20`, `%22`… decoded (an undecodable part is kept as it came). */
  path: string;
  /** "User Ada Lovelace", "Group 9c1…", `userName eq "ada@contoso.com"`, or null (e.g. /ServiceProviderConfig). */
  touched: string | null;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

const RESOURCE = /\/(Users|Groups)(?:\/([^/?#]+))?/i;

/**
 * Decodes a request's path and says which user or group it was about: the stored name for
 * `/Users/{id}` (when `names` knows the id), the value looked up by `?filter=attr eq "value"`, or
 * "new user"/"new group" for a POST.
 */
export function describeRequest(method: string, rawPath: string, names: ReadonlyMap<string, string> = new Map()): RequestInWords {
  const [pathPart = '', query = ''] = rawPath.split(/\?(.*)/s, 2);
  const params = new URLSearchParams(query);
  const decodedQuery = [...params.entries()].map(([k, v]) => `${k}=${v}`).join('&');
  const path = decode(pathPart) + (query ? `?${decodedQuery}` : '');
  const match = RESOURCE.exec(pathPart);
  if (!match) return { path, touched: null };
  const kind = match[1]!.toLowerCase() === 'users' ? 'User' : 'Group';
  const id = match[2] ? decode(match[2]) : null;
  if (id) return { path, touched: `${kind} ${names.get(id) ?? id}` };
  const filter = params.get('filter');
  if (filter) {
    const eq = /^\s*([\w.:]+)\s+eq\s+"((?:[^"\\]|\\.)*)"/i.exec(filter);
    return { path, touched: eq ? `${kind} ${eq[1]} = ${eq[2]}` : `${kind}s matching ${filter}` };
  }
  if (method.toUpperCase() === 'POST') return { path, touched: `New ${kind.toLowerCase()}` };
  return { path, touched: `${kind}s (list)` };
}
