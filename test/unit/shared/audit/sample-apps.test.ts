import { describe, expect, it } from 'vitest';
import { auditApp, diffMappings, findApp } from '../../../../shared/audit';
import { renderCsv, renderHtml, renderMarkdown } from '../../../../shared/audit/report';
import { recommendedMappingFor } from '../../../../shared/vendors';
import { generateSampleTenant } from '../../../../sample-tenant';

const snapshot = generateSampleTenant({ now: new Date('2026-11-01T00:00:00Z') });
const app = (name: string) => findApp(snapshot.servicePrincipals, name)!;

describe('the sample tenant under audit', () => {
  it("finds the deliberate mistakes in Fabrikam's hand-made mapping", () => {
    const audit = auditApp(app('Fabrikam'), snapshot);
    expect(audit.profileId).toBe('generic');
    expect(audit.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId).sort()).toEqual([
      'active-not-from-soft-delete',
      'duplicate-target',
      'matching-attribute-missing',
      'required-target-unmapped',
      'required-value-missing',
      'unknown-source-attribute',
    ]);
    expect(audit.findings.find((f) => f.ruleId === 'unknown-source-attribute')!.message).toContain('did you mean [department]?');
    expect(audit.findings.find((f) => f.ruleId === 'required-target-unmapped')!.targetAttributeName).toBe('urn:ietf:params:scim:schemas:extension:fabrikam:2.0:User:costCenter');
  });

  it('has no errors for the vendor apps set up by their guides', () => {
    for (const name of ['Howspace', 'OfficeRnD', 'OfficeSpace', 'Litware']) expect(auditApp(app(name), snapshot).counts.error, name).toBe(0);
  });

  it('explains that OfficeSpace users with Default Access are provisioned today', () => {
    expect(auditApp(app('OfficeSpace'), snapshot).findings.map((f) => f.ruleId)).toContain('officespace-default-access');
  });

  it('reports nested groups Entra will not provision', () => {
    expect(auditApp(app('Howspace'), snapshot).findings.map((f) => f.ruleId)).toContain('nested-group-assignment');
  });

  it('diffs an app against its recommended mapping', () => {
    const fabrikam = app('Fabrikam');
    const current = fabrikam.synchronization.jobs[0]!.schema.synchronizationRules[0]!.objectMappings;
    const diff = diffMappings(current, recommendedMappingFor('generic')!.objectMappings, { left: 'app', right: 'recommended' });
    const users = diff.objectMappings.find((o) => o.objectKind === 'User')!;
    expect(users.attributes.find((a) => a.targetAttributeName === 'userName')).toMatchObject({ change: 'changed', fields: ['expression', 'matchingPriority'] });
    expect(users.attributes.find((a) => a.targetAttributeName === 'title')?.change).toBe('added');
    expect(users.attributes.find((a) => a.targetAttributeName === 'name.givenName')?.change).toBe('same');
    expect(diff.summary.same + diff.summary.changed + diff.summary.added + diff.summary.removed).toBe(diff.objectMappings.reduce((n, o) => n + o.attributes.length, 0));
  });

  it('ignores formatting when diffing expressions', () => {
    const a = [{ ...recommendedMappingFor('howspace')!.objectMappings[0]! }];
    const b = structuredClone(a);
    b[0]!.attributeMappings[1]!.source!.expression = 'Switch( [IsSoftDeleted] ,, "False","True","True","False" )';
    expect(diffMappings(a, b, { left: 'a', right: 'b' }).summary.changed).toBe(0);
  });

  it('renders Markdown, CSV and self-contained HTML reports', () => {
    const audit = auditApp(app('Fabrikam'), snapshot);
    const input = { audit, generatedAt: '2026-11-01T00:00:00Z', tenantName: 'Contoso' };
    const md = renderMarkdown(input);
    expect(md).toContain('# Mapping audit: Fabrikam Expenses (SCIM)');
    expect(md).toContain('| Error | `matching-attribute-missing` |');
    const csv = renderCsv(input).split('\r\n');
    expect(csv[0]).toBe('severity,ruleId,title,objectMapping,targetAttributeName,mappingIndex,message,fixHint');
    expect(csv).toHaveLength(audit.findings.length + 2);
    expect(csv.some((line) => line.includes('"emails[type eq ""work""].value"'))).toBe(true);
    const html = renderHtml(input);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain('@media print');
    expect(html).toContain('emails[type eq &quot;work&quot;].value');
  });
});
