import { pwbEnvironment } from './config';

/**
 * The one logger factory. Every message and field passes through `redact`, so tokens, secrets and
 * Authorization headers never reach a log line (or anything derived from one).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(scope: string): Logger;
}

export type LogSink = (line: string) => void;

/** `json`: one JSON record per line (for files and machines); `text`: a line a person reads on a terminal. */
export type LogFormat = 'json' | 'text';

export interface LogEntry {
  t: string;
  level: LogLevel;
  scope: string;
  msg: string;
  [field: string]: unknown;
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return /\s/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value) ?? String(value);
}

/** A log entry as one human-readable line: `14:02:11 warn  host  message  key=value …` (already redacted). */
export function formatLogText(entry: LogEntry): string {
  const { t, level, scope, msg, ...fields } = entry;
  const time = t.slice(11, 19);
  const extra = Object.entries(fields)
    .map(([key, value]) => `${key}=${fieldText(value)}`)
    .join(' ');
  return `${time} ${level.padEnd(5)} ${scope}  ${msg}${extra ? `  ${extra}` : ''}`;
}

const SECRET_KEY = /(authorization|token|secret|password|cookie|code_verifier|client_secret|assertion|refresh)/i;
const PATTERNS: Array<[RegExp, string]> = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/=]+/gi, '$1 [redacted]'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[redacted-jwt]'],
  [/([?&](?:secret|token|code|access_token|id_token|refresh_token|client_secret)=)[^&\s"']+/gi, '$1[redacted]'],
  [/(pwb_session=)[^;\s"']+/gi, '$1[redacted]'],
];

export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? '[redacted]' : redact(inner, depth + 1);
  }
  return out;
}

export function createLogger(options: { scope?: string; level?: LogLevel; sink?: LogSink; format?: LogFormat } = {}): Logger {
  const level = options.level ?? parseLevel(pwbEnvironment().logLevel) ?? 'info';
  const sink = options.sink ?? ((line: string) => process.stderr.write(line + '\n'));
  const scope = options.scope ?? 'pwb';
  const write = (at: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const entry: LogEntry = { t: new Date().toISOString(), level: at, scope, msg: redactText(message), ...(fields ? (redact(fields) as object) : {}) };
    sink(options.format === 'text' ? formatLogText(entry) : JSON.stringify(entry));
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (child) => createLogger({ scope: `${scope}:${child}`, level, sink, ...(options.format ? { format: options.format } : {}) }),
  };
}

function parseLevel(value: string | undefined): LogLevel | undefined {
  return value === 'debug' || value === 'info' || value === 'warn' || value === 'error' ? value : undefined;
}
