import type { ResultError } from '../../../shared/ipc/result';

/** An error as an admin reads it: what happened, what to do, and whether signing in is the fix. */
export interface ErrorInWords {
  /** What happened, in a sentence. */
  what: string;
  /** What to do about it, when we know. */
  todo: string | null;
  /** Signing in (again) is the way forward: offer a Sign in button. */
  signIn: boolean;
  /** The raw message differs from `what` and belongs behind a Details toggle. */
  hasDetail: boolean;
}

interface Pattern {
  test: RegExp;
  what: string;
  todo: string;
  signIn?: boolean;
}

// Order matters: the first pattern that matches the raw message wins.
const PATTERNS: readonly Pattern[] = [
  {
    test: /no one is signed in|no longer signed in|not signed in to (?:entra|microsoft)|no_account|no account/i,
    what: 'No one is signed in to Microsoft Entra ID.',
    todo: 'Sign in to read your tenant through Microsoft Graph.',
    signIn: true,
  },
  {
    test: /network_error|network request failed|fetch failed|failed to fetch|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|getaddrinfo|TypeError: fetch/i,
    what: 'Could not reach Microsoft’s sign-in or Graph service from this computer.',
    todo: 'Check the internet connection, a proxy or firewall (login.microsoftonline.com and graph.microsoft.com must be reachable, or your national cloud’s hosts), then try again.',
  },
  {
    test: /user_cancelled|user canceled|user cancelled|access_denied|authorization_pending.*expired|expired_token|code_expired/i,
    what: 'Sign-in was cancelled or the code expired before it was used.',
    todo: 'Start the sign-in again and finish it in the browser.',
    signIn: true,
  },
  {
    test: /AADSTS65001|consent_required/i,
    what: 'The workbench has not been granted consent in this tenant.',
    todo: 'Ask a tenant admin to consent to the read-only permissions, or use your own client ID.',
  },
  {
    test: /AADSTS700016|AADSTS90002|unauthorized_client/i,
    what: 'This tenant does not know the client ID (or the tenant was not found).',
    todo: 'Check the tenant and client ID in the sign-in options, and the cloud you chose.',
  },
  {
    test: /AADSTS50076|AADSTS50079|AADSTS53003|interaction_required/i,
    what: 'Your tenant asks for more at sign-in (multi-factor or a Conditional Access policy).',
    todo: 'Sign in again in the browser to satisfy it; device code may be blocked by policy.',
    signIn: true,
  },
  {
    test: /invalid_grant|token.*expired|refresh token/i,
    what: 'Your sign-in has expired.',
    todo: 'Sign in again.',
    signIn: true,
  },
];

export function errorInWords(error: Pick<ResultError, 'code' | 'message'>): ErrorInWords {
  const raw = error.message.trim();
  const match = PATTERNS.find((pattern) => pattern.test.test(raw));
  if (!match) return { what: raw || 'Something went wrong.', todo: null, signIn: false, hasDetail: false };
  return { what: match.what, todo: match.todo, signIn: match.signIn ?? false, hasDetail: true };
}
