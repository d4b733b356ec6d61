import type { ForecastFinding } from './forecast-types';
import { b2bSentValue } from '../mapping/source-object';

/**
 * Characters that make Entra's matching query fail or misfire at many SCIM services (known issue:
 * "values with some special characters make the filter query fail"). `"` and `\` must be escaped
 * inside the filter literal, and many services parse the escape wrong; the others break services
 * that decode the query string twice or build SQL/LDAP from it.
 */
const HIGH_RISK = /["\\]/;
const OTHER_RISK = /[&+#%;?<>{}|^`]/;
const isControl = (ch: string) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f;

/** A warning for a matching value with characters that break the filter query, or null. */
export function riskyFilterValue(attribute: string, value: string): ForecastFinding | null {
  const chars = new Set<string>();
  for (const ch of value) if (HIGH_RISK.test(ch) || OTHER_RISK.test(ch) || isControl(ch)) chars.add(ch);
  const edges = value !== value.trim();
  if (chars.size === 0 && !edges) return null;
  const shown = [...chars].map((c) => (isControl(c) ? `U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : c));
  const what = [shown.length ? `the character${shown.length === 1 ? '' : 's'} ${shown.map((c) => `'${c}'`).join(' ')}` : '', edges ? 'leading or trailing spaces' : ''].filter(Boolean).join(' and ');
  return {
    code: 'RiskyFilterCharacters',
    severity: 'warning',
    message: `The matching value of ${attribute}, ${JSON.stringify(value)}, has ${what}: Entra sends it inside the filter query (${attribute} eq "…"), which fails at many services (a known issue). Test it with Trial sync against the real app, or clean the source value.`,
  };
}

/** A note for a B2B guest whose userPrincipalName a mapping reads. */
export function b2bFinding(userPrincipalName: string, mapped: string | null): ForecastFinding | null {
  const sent = b2bSentValue(userPrincipalName);
  if (sent === null) return null;
  return {
    code: 'B2BGuestName',
    severity: 'warning',
    message:
      `B2B guest ${userPrincipalName}: Entra drops "#EXT#" and the tenant domain from the userPrincipalName it sends (§4.12 item 42), so the app receives "${sent}"` +
      `${mapped && mapped !== sent ? ` (this workbench's engine maps it as "${mapped}")` : ''}, not the guest's e-mail address. If the app needs an address, map [mail] instead.`,
  };
}

/** How two matching values compare: userName, displayName and e-mails case-insensitively (as SCIM services do), ids exactly. */
export function matchingKey(attribute: string, value: string): string {
  const exact = /^(externalId|id)$/i.test(attribute);
  return `${attribute.toLowerCase()}\u0000${exact ? value : value.toLowerCase()}`;
}
