import type { HttpExchange, PhaseName } from './types';

export const SCIM_CONTENT_TYPE = 'application/scim+json';

export interface ScimRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path and query relative to the Tenant URL, e.g. `/Users?filter=…`. */
  path: string;
  body?: unknown;
}

export interface ScimResponse {
  status: number;
  headers: Record<string, string>;
  /** The raw body text ('' when empty). */
  text: string;
  /** The body already parsed, from an in-process transport (the forecast's empty target); `text` is then not read. */
  json?: unknown;
}

/** Sends one request to a SCIM service; throws a TransportError when no HTTP answer came back. */
export interface ScimTransport {
  readonly baseUrl: string;
  send(request: ScimRequest): Promise<ScimResponse>;
}

export class TransportError extends Error {
  constructor(
    readonly kind: 'timeout' | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export interface RecordedResponse {
  status: number;
  body: unknown;
  exchange: HttpExchange;
}

/**
 * Wraps a transport: every exchange is recorded whole in order (the Authorization header as
 * "Bearer •••"). A dry run passes GETs through and records writes as not sent.
 */
export class RecordingClient {
  readonly exchanges: HttpExchange[] = [];

  constructor(
    private readonly transport: ScimTransport,
    private readonly dryRun: boolean,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  get baseUrl(): string {
    return this.transport.baseUrl;
  }

  /** Sends (or, in a dry run, withholds) a request. Throws TransportError after recording it. */
  async send(phase: PhaseName, purpose: string, request: ScimRequest): Promise<RecordedResponse | null> {
    const exchange: HttpExchange = {
      seq: this.exchanges.length + 1,
      phase,
      purpose,
      method: request.method,
      url: this.transport.baseUrl + request.path,
      requestHeaders: {
        Authorization: 'Bearer •••',
        Accept: SCIM_CONTENT_TYPE,
        ...(request.body !== undefined ? { 'Content-Type': `${SCIM_CONTENT_TYPE}; charset=utf-8` } : {}),
      },
      requestBody: request.body ?? null,
      sent: !(this.dryRun && request.method !== 'GET'),
      response: null,
    };
    this.exchanges.push(exchange);
    if (!exchange.sent) return null;
    const started = this.clock();
    try {
      const response = await this.transport.send(request);
      const body = response.json !== undefined ? response.json : parseBody(response.text);
      exchange.response = { status: response.status, headers: response.headers, body, durationMs: Math.round((this.clock() - started) * 100) / 100 };
      return { status: response.status, body, exchange };
    } catch (error) {
      exchange.error = error instanceof Error ? error.message : String(error);
      throw error instanceof TransportError ? error : new TransportError('network', exchange.error);
    }
  }
}
