import { describe, expect, it } from 'vitest';
import { createLogger, formatLogText } from '../../../../electron/core/logger';

describe('formatLogText', () => {
  it('reads as a line: time, level, scope, message and fields', () => {
    expect(formatLogText({ t: '2026-12-03T14:02:11.123Z', level: 'info', scope: 'pwb:browser', msg: 'host started', port: 4321, url: 'http://127.0.0.1:4321/' })).toBe(
      '14:02:11 info  pwb:browser  host started  port=4321 url=http://127.0.0.1:4321/',
    );
  });

  it('is what a text logger writes, still redacted', () => {
    const lines: string[] = [];
    createLogger({ scope: 'x', sink: (line) => lines.push(line), format: 'text' }).warn('token Bearer abc.def', { token: 'secret' });
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d warn {2}x {2}token Bearer \[redacted\] {2}token=\[redacted\]$/);
  });
});
