import { describe, expect, it } from 'vitest';
import { LINT_RULES, ruleById } from '../../../../../shared/audit/rules';
import { audit } from '../fixtures';

describe('the lint rule registry', () => {
  it('lists every rule once, in report order: mappings, expressions, scoping, vendor guides, vendor profiles, logs', () => {
    expect(LINT_RULES.map((rule) => [rule.id, rule.severity])).toEqual([
      ['matching-attribute-missing', 'error'],
      ['matching-attribute-not-filterable', 'error'],
      ['matching-precedence-duplicate', 'warning'],
      ['matching-default-value', 'warning'],
      ['required-target-unmapped', 'error'],
      ['duplicate-target', 'error'],
      ['unknown-source-attribute', 'error'],
      ['type-mismatch', 'warning'],
      ['active-not-from-soft-delete', 'error'],
      ['constant-user-name', 'error'],
      ['default-value-create-only', 'info'],
      ['primary-key-target', 'error'],
      ['select-unique-value-misuse', 'error'],
      ['app-role-sync-all', 'warning'],
      ['nested-group-assignment', 'warning'],
      ['required-value-missing', 'error'],
      ['expression-parse-error', 'error'],
      ['expression-too-long', 'error'],
      ['function-name-case', 'info'],
      ['undocumented-function', 'warning'],
      ['ignore-flow-nested', 'warning'],
      ['switch-on-presence', 'warning'],
      ['iif-null-condition', 'warning'],
      ['switch-on-reference', 'warning'],
      ['item-index-zero', 'warning'],
      ['date-without-cdate', 'warning'],
      ['suspicious-constant', 'warning'],
      ['format-datetime-eager', 'warning'],
      ['scoping-null-excluded', 'warning'],
      ['scoping-regex-loose', 'warning'],
      ['scoping-unsupported', 'error'],
      ['officernd-external-id', 'error'],
      ['officespace-default-access', 'info'],
      ['group-members-users-only', 'error'],
      ['username-must-be-email', 'warning'],
      ['target-unknown-to-profile', 'warning'],
      ['target-attribute-rejected-in-logs', 'error'],
    ]);
  });

  it('gives every rule an id of lowercase words, a title and a fix hint', () => {
    for (const rule of LINT_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(rule.title).toMatch(/^\S.{5,}$/);
      expect(rule.fixHint).toMatch(/^\S.{10,}$/);
    }
  });

  it('finds a rule by its id', () => {
    expect(ruleById('duplicate-target')?.title).toBe('Two mappings write the same target attribute');
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it('reports nothing on the clean mapping', () => {
    expect(audit()).toEqual([]);
  });
});
