import { describe, expect, it } from 'vitest';
import { vendorProfileOf } from '../../../../shared/vendors';

describe('vendorProfileOf', () => {
  it('recognises the vendor gallery templates', () => {
    expect(vendorProfileOf('howspace')).toBe('howspace');
    expect(vendorProfileOf('officespacesoftware')).toBe('officespace');
  });

  it('recognises a vendor set up as a non-gallery app by its name', () => {
    expect(vendorProfileOf('customappsso', 'OfficeRnD Workplace')).toBe('officernd');
    expect(vendorProfileOf('customappsso', 'Office RnD')).toBe('officernd');
  });

  it('treats other customappsso apps as generic SCIM', () => {
    expect(vendorProfileOf('customappsso', 'Fabrikam Expenses')).toBe('generic');
  });

  it('returns null for apps without a profile', () => {
    expect(vendorProfileOf('BoxOutDelta', 'Box')).toBeNull();
    expect(vendorProfileOf(null)).toBeNull();
  });
});
