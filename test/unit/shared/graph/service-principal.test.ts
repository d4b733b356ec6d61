import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACCESS_ROLE_ID,
  appRoleAssignmentSchema,
  servicePrincipalSchema,
} from '../../../../shared/graph/service-principal';

// graph-facts.md §2.1, "Example: a gallery app instance" (verbatim).
const GALLERY_APP = `{
  "id": "a750f6cf-2319-464a-bcc3-456926736a91",
  "accountEnabled": true,
  "appId": "17cad0e7-cd2b-4e51-a75d-ba810f3e4045",
  "applicationTemplateId": "21ed01d2-ec13-4e9e-86c1-cd546719ebc4",
  "appDisplayName": "AWS Contoso",
  "displayName": "AWS Contoso",
  "appRoleAssignmentRequired": true,
  "preferredSingleSignOnMode": null,
  "servicePrincipalType": "Application",
  "tags": ["WindowsAzureActiveDirectoryIntegratedApp"],
  "appRoles": [
    {"allowedMemberTypes": ["User"], "displayName": "User", "id": "8774f594-1d59-4279-b9d9-59ef09a23530",
     "isEnabled": true, "description": "User", "value": null, "origin": "Application"},
    {"allowedMemberTypes": ["User"], "displayName": "msiam_access", "id": "e7f1a7f3-9eda-48e0-9963-bd67bf531afd",
     "isEnabled": true, "description": "msiam_access", "value": null, "origin": "Application"}
  ]
}`;

// graph-facts.md §2.2, appRoleAssignedTo response (verbatim).
const ASSIGNED_TO = `{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('8e881353-1735-45af-af21-ee1344582a4d')/appRoleAssignedTo",
    "value": [{
      "id": "41W1zT6z1U-kJxf62svfp1HFE8pMZhxDun-ThPczmJE", "deletedDateTime": null,
      "appRoleId": "00000000-0000-0000-0000-000000000000", "createdDateTime": "2021-02-02T04:22:45.9480566Z",
      "principalDisplayName": "MOD Administrator", "principalId": "cdb555e3-b33e-4fd5-a427-17fadacbdfa7",
      "principalType": "User", "resourceDisplayName": "dxprovisioning-graphapi-client",
      "resourceId": "8e881353-1735-45af-af21-ee1344582a4d"
    }]
  }`;

describe('servicePrincipalSchema', () => {
  it('accepts the gallery app instance from the Graph docs', () => {
    const sp = servicePrincipalSchema.parse(JSON.parse(GALLERY_APP));
    expect(sp.displayName).toBe('AWS Contoso');
    expect(sp.appRoles.map((role) => role.displayName)).toEqual(['User', 'msiam_access']);
    expect(sp.tags).toEqual(['WindowsAzureActiveDirectoryIntegratedApp']);
  });

  it('keeps properties it does not model', () => {
    const input = { ...JSON.parse(GALLERY_APP), keyCredentials: [{ keyId: 'k1' }], replyUrls: ['https://signin.aws.amazon.com/saml'] };
    const sp = servicePrincipalSchema.parse(input);
    expect(sp.keyCredentials).toEqual([{ keyId: 'k1' }]);
    expect(sp.replyUrls).toEqual(['https://signin.aws.amazon.com/saml']);
  });

  it('reads missing appRoles and tags as empty lists', () => {
    const sp = servicePrincipalSchema.parse({ id: 'sp-1', appId: 'app-1' });
    expect(sp.appRoles).toEqual([]);
    expect(sp.tags).toEqual([]);
  });

  it('rejects a service principal without an appId', () => {
    const result = servicePrincipalSchema.safeParse({ id: 'sp-1' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['appId']]);
  });
});

describe('appRoleAssignmentSchema', () => {
  it('accepts the appRoleAssignedTo entries from the Graph docs, including Default Access', () => {
    const body = JSON.parse(ASSIGNED_TO) as { value: unknown[] };
    const [assignment] = body.value.map((entry) => appRoleAssignmentSchema.parse(entry));
    expect(assignment?.appRoleId).toBe(DEFAULT_ACCESS_ROLE_ID);
    expect(assignment?.principalType).toBe('User');
  });

  it('rejects an unknown principalType', () => {
    const body = JSON.parse(ASSIGNED_TO) as { value: Record<string, unknown>[] };
    const result = appRoleAssignmentSchema.safeParse({ ...body.value[0], principalType: 'Device' });
    expect(result.success).toBe(false);
  });
});
