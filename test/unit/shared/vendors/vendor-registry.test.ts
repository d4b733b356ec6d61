import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECOMMENDED_MAPPINGS, recommendedMappingFor, VENDOR_LINT_RULES, VENDORS } from '../../../../shared/vendors';

const vendorsDir = path.resolve(import.meta.dirname, '../../../../shared/vendors');

describe('vendor registry', () => {
  it('lists one folder per vendor, each with its profile, recommended mapping and source note under one id', () => {
    expect(VENDORS.map((v) => [v.profile.id, v.recommended.profileId])).toEqual([
      ['generic', 'generic'],
      ['howspace', 'howspace'],
      ['officernd', 'officernd'],
      ['officespace', 'officespace'],
    ]);
    for (const vendor of VENDORS) expect(fs.existsSync(path.join(vendorsDir, vendor.profile.id, 'SOURCE.md'))).toBe(true);
  });

  it('derives the recommended mappings and the vendor lint rules from the list', () => {
    expect(RECOMMENDED_MAPPINGS.map((r) => r.profileId)).toEqual(['generic', 'howspace', 'officernd', 'officespace']);
    expect(recommendedMappingFor('OfficeRnD')?.basis).toBe('OfficeRnD Workplace provisioning guide (PRODUCT.md vendor table)');
    expect(recommendedMappingFor('nope')).toBeUndefined();
    expect(VENDOR_LINT_RULES.map((rule) => rule.id)).toEqual(['officernd-external-id', 'officespace-default-access']);
  });
});
