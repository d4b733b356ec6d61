import { describe, expect, it } from 'vitest';
import { createBearerCheck, generateToken } from '../../../../../../electron/core/scim/http/bearer-token';
import { isLoopback } from '../../../../../../electron/core/scim/http/server';

describe('SCIM endpoint security helpers', () => {
  it('treats only loopback addresses as loopback (anything else makes serve warn)', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'example.com']) expect(isLoopback(host), host).toBe(false);
  });

  it('generates 32-byte random tokens', () => {
    const a = generateToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(generateToken()).not.toBe(a);
  });

  it('accepts only "Bearer <token>" with the exact token', () => {
    const check = createBearerCheck('secret-token-value');
    expect(check('Bearer secret-token-value')).toBe(true);
    expect(check('bearer   secret-token-value')).toBe(true);
    expect(check('Bearer secret-token-valuE')).toBe(false);
    expect(check('secret-token-value')).toBe(false);
    expect(check(undefined)).toBe(false);
    expect(check('Bearer ')).toBe(false);
  });
});
