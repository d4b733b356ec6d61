import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export interface RedirectingNetworkModule extends INetworkModule {
  /** The URL MSAL asked for, pointed at the fake when its host is one of the rewritten hosts. */
  rewrite(url: string): string;
}

/**
 * An MSAL network module that sends https traffic for `hosts` to `base` instead. MSAL only accepts
 * https authorities, so a local test authority (http://127.0.0.1:…, `--authority-endpoint`) is reached
 * by keeping the real authority URL in the configuration and redirecting here. Only loopback bases are
 * accepted: nothing else may see an authorization code over plain http.
 */
export function createRedirectingNetworkClient(hosts: string[], base: string): RedirectingNetworkModule {
  if (!isLoopbackUrl(base)) throw new Error(`Only a loopback authority (http://127.0.0.1:PORT) can replace the real one, not ${base}`);
  const rewrite = (url: string): string => {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || !hosts.includes(parsed.hostname)) return url;
    return `${base}${parsed.pathname}${parsed.search}`;
  };
  const send = async <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    // The local authority answers with metadata for the host MSAL believes it is talking to.
    const headers = { ...options?.headers, 'x-original-host': new URL(url).hostname };
    const response = await fetch(rewrite(url), {
      method,
      headers,
      ...(method === 'POST' && options?.body !== undefined ? { body: options.body } : {}),
    });
    const text = await response.text();
    return { status: response.status, headers: Object.fromEntries(response.headers), body: (text ? JSON.parse(text) : {}) as T };
  };
  return {
    rewrite,
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}

export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}
