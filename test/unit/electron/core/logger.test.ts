import { describe, expect, it } from 'vitest';
import { createLogger, redact, redactText } from '../../../../electron/core/logger';

describe('redaction', () => {
  it('removes bearer tokens, JWTs and secrets in query strings', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const text = `Authorization: Bearer abc.def-ghi token=${jwt} http://127.0.0.1:5/?secret=deadbeef&x=1 pwb_session=cafe`;
    const out = redactText(text);
    expect(out).not.toContain('abc.def-ghi');
    expect(out).not.toContain(jwt);
    expect(out).not.toContain('deadbeef');
    expect(out).not.toContain('cafe');
    expect(out).toContain('x=1');
  });

  it('blanks fields whose names say they hold secrets, at any depth', () => {
    const out = redact({ user: 'ada', headers: { Authorization: 'Basic Zm9v', accept: 'json' }, nested: [{ refresh_token: 'r' }] });
    expect(out).toEqual({ user: 'ada', headers: { Authorization: '[redacted]', accept: 'json' }, nested: [{ refresh_token: '[redacted]' }] });
  });
});

describe('createLogger', () => {
  it('writes JSON lines at or above its level, redacted', () => {
    const lines: string[] = [];
    const log = createLogger({ scope: 'test', level: 'info', sink: (line) => lines.push(line) });
    log.debug('hidden');
    log.info('hello', { token: 'secret-value', n: 1 });
    log.child('inner').warn('careful Bearer xyz');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({ level: 'info', scope: 'test', msg: 'hello', token: '[redacted]', n: 1 });
    expect(JSON.parse(lines[1]!)).toMatchObject({ scope: 'test:inner', msg: 'careful Bearer [redacted]' });
  });
});
