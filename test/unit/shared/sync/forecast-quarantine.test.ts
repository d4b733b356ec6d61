import { describe, expect, it } from 'vitest';
import { b2bSentValue } from '../../../../shared/mapping/source-object';
import { riskyFilterValue } from '../../../../shared/sync/forecast-checks';
import { quarantineForecast } from '../../../../shared/sync/forecast-quarantine';

describe('quarantineForecast (scim-entra §4.12 item 43)', () => {
  it('is not evaluated below 5,000 failures, however high the rate, and says how far below the floor', () => {
    const q = quarantineForecast(30, 40, 0);
    expect(q).toMatchObject({ evaluated: false, quarantined: false, rate: 0.75 });
    expect(q.message).toMatch(/far below the 5,000 failures/);
    expect(quarantineForecast(4_999, 5_000, 0).quarantined).toBe(false);
  });

  it('quarantines above 40 % once evaluated, or above 40,000 failures at any rate', () => {
    expect(quarantineForecast(5_000, 10_000, 0)).toMatchObject({ evaluated: true, quarantined: true, reasons: ['rate'] });
    expect(quarantineForecast(5_000, 12_500, 0)).toMatchObject({ evaluated: true, quarantined: false });
    expect(quarantineForecast(40_001, 1_000_000, 0)).toMatchObject({ quarantined: true, reasons: ['count'] });
    expect(quarantineForecast(40_000, 1_000_000, 0).quarantined).toBe(false);
  });

  it('reference failures count only toward an absolute 60,000', () => {
    expect(quarantineForecast(0, 100, 59_999)).toMatchObject({ quarantined: false });
    expect(quarantineForecast(0, 100, 60_001)).toMatchObject({ quarantined: true, reasons: ['references'] });
  });
});

describe('matching-value checks', () => {
  it('flags quotes, backslashes, query characters and edge spaces; plain values pass', () => {
    expect(riskyFilterValue('userName', 'ann@contoso.com')).toBeNull();
    expect(riskyFilterValue('userName', "o'brien@contoso.com")).toBeNull();
    expect(riskyFilterValue('userName', 'a"b')?.message).toContain(`'"'`);
    expect(riskyFilterValue('userName', 'a\\b')?.severity).toBe('warning');
    expect(riskyFilterValue('displayName', 'R&D')?.message).toContain(`'&'`);
    expect(riskyFilterValue('displayName', 'Sales ')?.message).toContain('leading or trailing spaces');
  });

  it('a B2B UPN loses #EXT# and the tenant domain', () => {
    expect(b2bSentValue('chris.green_fabrikam.com#EXT#@contoso.onmicrosoft.com')).toBe('chris.green_fabrikam.com');
    expect(b2bSentValue('ann@contoso.com')).toBeNull();
  });
});
