import { describe, expect, it } from 'vitest';
import { RENDERER_CSP, RENDERER_CSP_META } from '../../../../../electron/main/security/csp';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
}

describe('renderer CSP', () => {
  it('allows only the app itself to supply scripts, data and frames', () => {
    const policy = directives(RENDERER_CSP);
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
  });

  it('never allows inline or eval-ed script', () => {
    expect(directives(RENDERER_CSP).get('script-src')).not.toMatch(/unsafe|data:|\*/);
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
  });

  it('leaves header-only directives out of the <meta> variant', () => {
    const meta = directives(RENDERER_CSP_META);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.get('script-src')).toBe("'self'");
    expect(meta.size).toBe(directives(RENDERER_CSP).size - 1);
  });
});
