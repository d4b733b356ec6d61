import { describe, expect, it } from 'vitest';
import { organizationSchema } from '../../../../shared/graph/organization';

describe('organizationSchema', () => {
  it('accepts an organization with its verified domains and keeps unknown fields', () => {
    const org = organizationSchema.parse({
      id: '3b7e9c41-5a2d-4f86-b0c3-9d14e8a6f27b',
      displayName: 'Contoso',
      verifiedDomains: [
        { name: 'contoso.onmicrosoft.com', isDefault: false, isInitial: true, capabilities: 'Email', type: 'Managed' },
        { name: 'contoso.com', isDefault: true, isInitial: false },
      ],
      technicalNotificationMails: ['admin@contoso.com'],
    });
    expect(org.verifiedDomains.find((domain) => domain.isDefault)?.name).toBe('contoso.com');
    expect(org.technicalNotificationMails).toEqual(['admin@contoso.com']);
  });
});
