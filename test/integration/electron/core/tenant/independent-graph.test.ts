/**
 * Issue 14, bar (a): a snapshot pulled from a Graph server nobody here wrote is complete.
 *
 * The server below is deliberately NOT `test/fakes/graph`: it is a small node:http Graph written from
 * Graph's documentation (graph-facts.md §2) for another tenant (Woodgrove), with its own routing and
 * paging. Every collection pages by 2 through an opaque `$skiptoken` in an absolute `@odata.nextLink`,
 * every third request is answered 429 with `Retry-After: 0`, and the JSON uses the shapes Graph is
 * known to send besides the documented ones: Int64 counts as strings, `verifiedDomains[].isInitial`
 * absent, `""` for empty dates, unknown enum members, numbers where strings are documented, principal
 * types in another case, and properties our schemas do not know.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraph } from '../../../../../electron/core/graph/graph-access';
import { readTenant } from '../../../../../electron/core/tenant/tenant-reader';
import { RAW_KEY } from '../../../../../shared/graph/liberal';
import type { Snapshot } from '../../../../../shared/snapshot/schema';
import { parseSnapshot } from '../../../../../shared/snapshot/validate';
import { pwb } from '../../cli/cli-harness';

// ------------------------------------------------------------------ the Woodgrove tenant, in Graph's JSON

const TOKEN = 'woodgrove-static-token';
const TENANT = '3f2a9b1c-5d4e-4f60-8a7b-9c0d1e2f3a4b';
const MICROSOFT_SERVICES = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
const SALESFORCE = 'a750f6cf-2319-464a-bcc3-456926736a91';
const SCIM_APP = '8e881353-1735-45af-af21-ee1344582a4d';
const WIKI = '0c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b';
const EXCHANGE = '1d5e6f70-8192-43a4-b5c6-d7e8f90a1b2c';
const IDENTITY = '2e6f7081-92a3-44b5-c6d7-e8f90a1b2c3d';
const SF_USER_ROLE = '8774f594-1d59-4279-b9d9-59ef09a23530';
const DEFAULT_ACCESS = '00000000-0000-0000-0000-000000000000';
const G1 = '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d';
const G2 = '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e';
const DEVICE = '9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a';
const U = {
  ada: 'cdb555e3-b33e-4fd5-a427-17fadacbdfa7',
  grace: 'd1c2b3a4-9876-4e5d-8c7b-6a5f4e3d2c1b',
  katherine: 'e2d3c4b5-8765-4f6e-9d8c-7b6a5f4e3d2c',
  alan: 'f3e4d5c6-7654-4a7f-ae9d-8c7b6a5f4e3d',
  edsger: '04f5e6d7-6543-4b80-bf0e-9d8c7b6a5f4e',
  barbara: '15a6f7e8-5432-4c91-80a1-0e9d8c7b6a5f',
};

const organization = {
  id: TENANT,
  displayName: 'Woodgrove Bank',
  countryLetterCode: 'GB',
  preferredLanguage: 'en-GB',
  tenantType: 'AAD',
  createdDateTime: '',
  businessPhones: ['+44 20 7946 0000'],
  verifiedDomains: [
    { capabilities: 'Email, OfficeCommunicationsOnline', isDefault: false, name: 'woodgrovebank.onmicrosoft.com', type: 'Managed' },
    { capabilities: 'Email', isDefault: true, name: 'woodgrove.example', type: 'Managed' },
  ],
};

const servicePrincipals = [
  {
    id: SALESFORCE, accountEnabled: true, appId: '17cad0e7-cd2b-4e51-a75d-ba810f3e4045', applicationTemplateId: '21ed01d2-ec13-4e9e-86c1-cd546719ebc4',
    appDisplayName: 'Salesforce Woodgrove', displayName: 'Salesforce Woodgrove', appRoleAssignmentRequired: true, preferredSingleSignOnMode: 'saml',
    servicePrincipalType: 'Application', appOwnerOrganizationId: TENANT, tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
    alternativeNames: [], keyCredentials: [], notificationEmailAddresses: ['it@woodgrove.example'],
    appRoles: [
      { allowedMemberTypes: ['User'], displayName: 'User', id: SF_USER_ROLE, isEnabled: true, description: 'User', value: null, origin: 'Application' },
      { allowedMemberTypes: ['User'], displayName: 'msiam_access', id: 'e7f1a7f3-9eda-48e0-9963-bd67bf531afd', isEnabled: true, description: 'msiam_access', value: null, origin: 'Application' },
    ],
  },
  {
    id: SCIM_APP, accountEnabled: true, appId: '2b3c4d5e-6f70-4812-93a4-b5c6d7e8f901', applicationTemplateId: '8adf8e6e-67b2-4cf2-a259-e3dc5476c621',
    appDisplayName: 'Woodgrove SCIM Directory', displayName: 'Woodgrove SCIM Directory', appRoleAssignmentRequired: 'true', preferredSingleSignOnMode: null,
    servicePrincipalType: 'Application', appOwnerOrganizationId: TENANT, tags: ['WindowsAzureActiveDirectoryIntegratedApp', 'WindowsAzureActiveDirectoryCustomSingleSignOnApplication'],
    resourceSpecificApplicationPermissions: [],
    appRoles: [{ allowedMemberTypes: ['User', 'Group'], displayName: 'Member', id: '3c4d5e6f-7081-4923-a4b5-c6d7e8f90a12', isEnabled: 'True', description: 'Member', value: 'member', origin: 'Application' }],
  },
  {
    id: WIKI, accountEnabled: true, appId: '4d5e6f70-8192-4a34-b5c6-d7e8f90a1b23', appDisplayName: 'Woodgrove Wiki', displayName: 'Woodgrove Wiki',
    servicePrincipalType: 'Application', appOwnerOrganizationId: TENANT, tags: [], appRoles: [],
  },
  {
    id: EXCHANGE, accountEnabled: true, appId: '00000002-0000-0ff1-ce00-000000000000', appDisplayName: 'Office 365 Exchange Online', displayName: 'Office 365 Exchange Online',
    servicePrincipalType: 'Application', appOwnerOrganizationId: MICROSOFT_SERVICES, tags: [], appRoles: [],
  },
  {
    id: IDENTITY, accountEnabled: true, appId: '5e6f7081-92a3-4b45-c6d7-e8f90a1b2c34', displayName: 'woodgrove-payroll-func',
    servicePrincipalType: 'ManagedIdentity', appOwnerOrganizationId: null, tags: [], appRoles: [],
  },
];

const assignment = (id: string, resourceId: string, resource: string, principalId: string, principalType: string, name: string, appRoleId: string, createdDateTime: string) => ({
  id, deletedDateTime: null, appRoleId, createdDateTime, principalDisplayName: name, principalId, principalType, resourceDisplayName: resource, resourceId,
});
const assignments: Record<string, unknown[]> = {
  [SALESFORCE]: [
    assignment('41W1zT6z1U-kJxf62svfp1HFE8pMZhxDun-ThPczmJE', SALESFORCE, 'Salesforce Woodgrove', U.ada, 'User', 'Ada Lovelace', SF_USER_ROLE, '2021-02-02T04:22:45.9480566Z'),
    assignment('52X2aU7a2V-lKyg73twgq2IGF9qNaiyEvoAUiQd0nKJ', SALESFORCE, 'Salesforce Woodgrove', U.grace, 'user', 'Grace Hopper', DEFAULT_ACCESS, ''),
    assignment('63Y3bV8b3W-mLzh84uxhr3JHG0rObjzFwpBVjRe1oLK', SALESFORCE, 'Salesforce Woodgrove', G1, 'Group', 'Woodgrove Sales', SF_USER_ROLE, '2022-06-01T09:00:00Z'),
  ],
  [SCIM_APP]: [
    assignment('74Z4cW9c4X-nMai95vyis4KIH1rPckaGxqCWkSf2pML', SCIM_APP, 'Woodgrove SCIM Directory', U.barbara, 'User', 'Barbara Liskov', '3c4d5e6f-7081-4923-a4b5-c6d7e8f90a12', '2023-03-14T15:09:26Z'),
    assignment('85a5dXad5Y-oNbj06wzjt5LJI2sQdlbHyrDXlTg3qNM', SCIM_APP, 'Woodgrove SCIM Directory', U.alan, 'User', 'Alan Turing', '3c4d5e6f-7081-4923-a4b5-c6d7e8f90a12', '2023-03-14T15:10:00Z'),
    assignment('96b6eYbe6Z-pOck17xaku6MKJ3tRemcIzsEYmUh4rON', SCIM_APP, 'Woodgrove SCIM Directory', G2, 'Group', 'Woodgrove Sales EU', '3c4d5e6f-7081-4923-a4b5-c6d7e8f90a12', '2023-03-14T15:11:00Z'),
  ],
};

const attribute = (expression: string, name: string) => ({ expression, name, parameters: [], type: 'Attribute' });
const mapping = (target: string, source: unknown, extra: Record<string, unknown> = {}) => ({
  defaultValue: null, exportMissingReferences: false, flowBehavior: 'FlowWhenChanged', flowType: 'Always', matchingPriority: 0, targetAttributeName: target, source, ...extra,
});
const aadDirectory = {
  id: '66e4a8cc-1b7b-435e-95f8-f06cea133828', name: 'Azure Active Directory', readOnly: false, version: '', discoveryDateTime: '', discoverabilities: 'None',
  objects: [{ name: 'User', metadata: [], supportedApis: [], attributes: [
    { anchor: true, caseExact: false, defaultValue: null, metadata: [], multivalued: false, mutability: 'ReadWrite', name: 'objectId', required: false, referencedObjects: [], type: 'String' },
    { anchor: false, caseExact: false, defaultValue: null, metadata: [], multivalued: false, mutability: 'ReadWrite', name: 'manager', required: false, referencedObjects: [{ referencedObjectName: 'User', referencedProperty: null }], type: 'Reference' },
    { anchor: false, caseExact: false, defaultValue: null, metadata: [], multivalued: false, mutability: 'ReadWrite', name: 'employeeId', required: false, referencedObjects: [], type: 'CaseInsensitiveString' },
  ] }],
};

const salesforceSchema = {
  '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('${SALESFORCE}')/synchronization/jobs('salesforce.e4c8')/schema/$entity`,
  id: 'salesforce.e4c8', version: 'Date:2024-01-09T10:15:00Z~Version:3',
  directories: [aadDirectory, { id: '8ffa6169-f354-4751-9b77-9c00765be92d', name: 'salesforce.com', objects: [] }],
  synchronizationRules: [{
    editable: true, id: '4c5ecfa1-a072-4460-b1c3-4adde3479854', name: 'USER_OUTBOUND_USER', priority: '1',
    sourceDirectoryName: 'Azure Active Directory', targetDirectoryName: 'salesforce.com',
    metadata: [{ key: 'supportsProvisionOnDemand', value: true }],
    objectMappings: [{
      name: 'Synchronize Azure Active Directory Users to salesforce.com', enabled: true, flowTypes: 'Add, Update, Delete',
      sourceObjectName: 'User', targetObjectName: 'User',
      scope: { groups: [{ name: 'Sales only', clauses: [{ operatorName: 'EQUALS', sourceOperandName: 'department', targetOperand: { values: ['Sales'] } }] }], inputFilterGroups: [], categoryFilterGroups: [] },
      metadata: [{ key: 'IsCustomerDefined', value: 'false' }, { key: 'Disposition', value: '"Normal"' }],
      attributeMappings: [
        mapping('IsActive', { expression: 'Not([IsSoftDeleted])', name: 'Not', type: 'Function', parameters: [{ key: 'source', value: attribute('[IsSoftDeleted]', 'IsSoftDeleted') }] }, { defaultValue: 'True' }),
        mapping('EmailEncodingKey', null, { defaultValue: 'ISO-8859-1' }),
        mapping('ProfileName', { expression: 'SingleAppRoleAssignment([appRoleAssignments])', name: 'SingleAppRoleAssignment', type: 'Function', parameters: [{ key: 'source', value: attribute('[appRoleAssignments]', 'appRoleAssignments') }] }, { defaultValue: 'Chatter Free User' }),
        mapping('Username', attribute('[userPrincipalName]', 'userPrincipalName'), { matchingPriority: '1' }),
        mapping('Email', attribute('[mail]', 'mail')),
        mapping('Department', attribute('[department]', 'department'), { flowType: 'AttributeAddOnlyIfEmpty' }),
      ],
    }],
  }],
};

const scimSchema = {
  '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('${SCIM_APP}')/synchronization/jobs('scim.7f31')/schema/$entity`,
  id: 'scim.7f31', version: 'Date:2025-05-20T08:00:00Z~Version:1',
  directories: [aadDirectory, { id: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', name: 'customappsso', objects: [], futureDirectoryFlag: { enabled: true } }],
  synchronizationRules: [{
    editable: true, id: '5d6fb0b2-b183-4571-c2d4-5bee45880965', name: 'USER_OUTBOUND_USER',
    metadata: [], objectMappings: [{
      name: 'Provision Azure Active Directory Users', enabled: 'True', flowTypes: 'Add, Update, Delete',
      sourceObjectName: 'User', targetObjectName: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', scope: null, metadata: [],
      attributeMappings: [
        mapping('userName', attribute('[userPrincipalName]', 'userPrincipalName'), { matchingPriority: 1 }),
        mapping('active', { expression: 'Switch([IsSoftDeleted], , "False", "True", "True", "False")', name: 'Switch', type: 'Function', parameters: [{ key: 'source', value: attribute('[IsSoftDeleted]', 'IsSoftDeleted') }] }),
        mapping('name.givenName', attribute('[givenName]', 'givenName')),
        mapping('name.familyName', attribute('[surname]', 'surname')),
        mapping('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber', attribute('[employeeId]', 'employeeId')),
        mapping('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', attribute('[manager]', 'manager')),
        mapping('title', attribute('[jobTitle]', 'jobTitle')),
      ],
    }],
  }],
};

const jobs: Record<string, unknown[]> = {
  [SALESFORCE]: [{
    id: 'salesforce.e4c8', templateId: 'salesforce',
    schedule: { expiration: null, interval: 'PT40M', state: 'Active' },
    status: {
      countSuccessiveCompleteFailures: 0, escrowsPruned: false, synchronizedEntryCountByType: [], code: 'Quarantine', lastExecution: null, lastSuccessfulExecution: null,
      progress: [], lastSuccessfulExecutionWithExports: null, steadyStateFirstAchievedTime: '0001-01-01T00:00:00Z', steadyStateLastAchievedTime: '0001-01-01T00:00:00Z',
      quarantine: { currentBegan: '', nextAttempt: '', reason: '', seriesBegan: '', seriesCount: '2', error: { code: 'SalesforceInvalidCredentials', message: 'Your Salesforce.com credentials are invalid.', tenantActionable: true } },
      troubleshootingUrl: null,
    },
    synchronizationJobSettings: [{ name: 'QuarantineTooManyDeletesThreshold', value: 500 }, { name: 'Domain', value: 'woodgrove.my.salesforce.com' }],
  }],
  [SCIM_APP]: [{
    id: 'scim.7f31', templateId: 'scim',
    schedule: { expiration: '', interval: 'PT40M', state: 'Throttled' },
    status: {
      code: 'Active', countSuccessiveCompleteFailures: '0', escrowsPruned: 'false', quarantine: null, troubleshootingUrl: '',
      steadyStateFirstAchievedTime: '2025-05-21T08:40:00Z', steadyStateLastAchievedTime: '2025-06-01T12:00:00Z',
      lastExecution: {
        activityIdentifier: 'a1b2c3d4', countEntitled: '4', countEntitledForProvisioning: '4', countEscrowed: 0, countEscrowedRaw: 0, countExported: '3', countExports: '3',
        countImported: 6, countImportedDeltas: 2, countImportedReferenceDeltas: 0, state: 'EntryLevelErrors', timeBegan: '2025-06-01T12:00:00Z', timeEnded: '2025-06-01T12:00:41Z',
        error: { code: 'None', message: '', tenantActionable: false },
      },
      lastSuccessfulExecution: null, lastSuccessfulExecutionWithExports: null,
      progress: [{ completedUnits: '6', totalUnits: '6', units: 'Users', progressObservationDateTime: '' }],
      synchronizedEntryCountByType: [
        { key: 'user to urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', value: '3' },
        { key: 'group to urn:ietf:params:scim:schemas:core:2.0:Group', value: '1' },
      ],
      provisioningWindowHint: 'PT2H',
    },
    synchronizationJobSettings: [{ name: 'AzureIngestionAttributeOptimization', value: false }, { name: 'LookaheadQueryEnabled', value: 'False' }],
    bulkUpload: null,
  }],
};

const templates: Record<string, unknown[]> = {
  [SALESFORCE]: [{ id: 'salesforce', factoryTag: 'salesforce', applicationId: null, default: true, discoverable: true, description: null, metadata: [{ key: 'IsOAuthSupported', value: 'true' }] }],
  [SCIM_APP]: [
    { id: 'scim', factoryTag: 'CustomSCIM', default: 'true', discoverable: true, description: '', metadata: [] },
    { id: 'scimOutDelta', factoryTag: 'CustomSCIM', default: false, discoverable: false, description: '', metadata: [] },
    { id: 'Slack', factoryTag: 'CustomSCIM', default: false, discoverable: false, description: '', metadata: [{ key: 'tenantMatch', value: 1 }] },
  ],
};

interface WUser { id: string; userPrincipalName: string; displayName: string; givenName: string; surname: string; mail: string | null; department: string; jobTitle: string; employeeId: string | number; accountEnabled: boolean | string; userType: string; manager?: string }
const users: WUser[] = [
  { id: U.ada, userPrincipalName: 'ada@woodgrove.example', displayName: 'Ada Lovelace', givenName: 'Ada', surname: 'Lovelace', mail: 'ada@woodgrove.example', department: 'Sales', jobTitle: 'Analyst', employeeId: '1815', accountEnabled: true, userType: 'Member', manager: U.katherine },
  { id: U.grace, userPrincipalName: 'grace@woodgrove.example', displayName: 'Grace Hopper', givenName: 'Grace', surname: 'Hopper', mail: 'grace@woodgrove.example', department: 'Sales', jobTitle: 'Rear Admiral', employeeId: 1906, accountEnabled: 'true', userType: 'Member', manager: U.katherine },
  { id: U.katherine, userPrincipalName: 'katherine@woodgrove.example', displayName: 'Katherine Johnson', givenName: 'Katherine', surname: 'Johnson', mail: null, department: 'Finance', jobTitle: 'Director', employeeId: '1918', accountEnabled: true, userType: 'Member' },
  { id: U.alan, userPrincipalName: 'alan@woodgrove.example', displayName: 'Alan Turing', givenName: 'Alan', surname: 'Turing', mail: 'alan@woodgrove.example', department: 'Sales', jobTitle: 'Engineer', employeeId: '1912', accountEnabled: false, userType: 'Member', manager: U.ada },
  { id: U.edsger, userPrincipalName: 'edsger@woodgrove.example', displayName: 'Edsger Dijkstra', givenName: 'Edsger', surname: 'Dijkstra', mail: 'edsger@woodgrove.example', department: 'Sales', jobTitle: 'Engineer', employeeId: '1930', accountEnabled: true, userType: 'Member' },
  { id: U.barbara, userPrincipalName: 'barbara@woodgrove.example', displayName: 'Barbara Liskov', givenName: 'Barbara', surname: 'Liskov', mail: 'barbara@woodgrove.example', department: 'Research', jobTitle: 'Professor', employeeId: '1939', accountEnabled: true, userType: 'Guest', manager: U.katherine },
];
const userById = new Map(users.map((u) => [u.id, u]));

const groups = [
  { id: G1, displayName: 'Woodgrove Sales', description: 'Everyone in Sales', mail: null, mailEnabled: false, mailNickname: 'sales', securityEnabled: true, groupTypes: [], membershipRule: null, visibility: null, createdDateTime: '', renewedDateTime: '2024-01-01T00:00:00Z' },
  { id: G2, displayName: 'Woodgrove Sales EU', description: null, mail: 'sales-eu@woodgrove.example', mailEnabled: 'true', mailNickname: 'sales-eu', securityEnabled: 'false', groupTypes: ['Unified'], membershipRule: null, visibility: 'Private', createdDateTime: '2024-02-02T10:00:00Z' },
];
const userRef = (id: string) => ({ '@odata.type': '#microsoft.graph.user', id, displayName: userById.get(id)!.displayName, userPrincipalName: userById.get(id)!.userPrincipalName });
const members: Record<string, unknown[]> = {
  [G1]: [userRef(U.ada), userRef(U.alan), { '@odata.type': '#microsoft.graph.group', id: G2, displayName: 'Woodgrove Sales EU' }, { '@odata.type': '#microsoft.graph.device', id: DEVICE, displayName: 'WG-LAPTOP-042' }, userRef(U.grace)],
  [G2]: [userRef(U.edsger)],
};

// ------------------------------------------------------------------ the server

interface Served { method: string; path: string; status: number }

async function startWoodgroveGraph() {
  const served: Served[] = [];
  let count = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const where = decodeURIComponent(url.pathname) + decodeURIComponent(url.search);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      served.push({ method: req.method ?? 'GET', path: where, status });
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8', 'request-id': `wg-${count}`, ...headers });
      res.end(text);
    };
    const fail = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
      reply(status, { error: { code, message, innerError: { date: '2026-12-03T12:00:00', 'request-id': `wg-${count}`, 'client-request-id': `wg-${count}` } } }, headers);

    count += 1;
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return fail(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (count % 3 === 0) return fail(429, 'TooManyRequests', 'Too many requests.', { 'retry-after': '0' });
    const route = decodeURIComponent(url.pathname).replace(/^\/v1\.0/, '');
    const q = url.searchParams;
    const select = (q.get('$select') ?? '').split(',').filter(Boolean);
    const pick = (item: Record<string, unknown>) => (select.length ? Object.fromEntries(Object.entries(item).filter(([key]) => key === 'id' || key.startsWith('@odata.') || select.includes(key))) : item);
    const inFilter = () => {
      const match = /^id in \((.*)\)$/.exec(q.get('$filter') ?? '');
      return match ? new Set([...match[1]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!)) : undefined;
    };
    const collection = (context: string, items: unknown[]) => {
      const offset = q.has('$skiptoken') ? Number(Buffer.from(q.get('$skiptoken')!, 'base64url').toString('utf8').replace(/^wg:/, '')) : 0;
      const body: Record<string, unknown> = { '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#${context}`, value: items.slice(offset, offset + 2) };
      if (offset + 2 < items.length) {
        const next = new URL(url.href);
        next.searchParams.set('$skiptoken', Buffer.from(`wg:${offset + 2}`).toString('base64url'));
        body['@odata.nextLink'] = next.href;
      }
      return reply(200, body);
    };
    const entity = (context: string, item: object) => reply(200, { '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#${context}`, ...item });
    const sp = (id: string) => servicePrincipals.find((s) => s.id === id);

    if (route === '/organization') return collection('organization', [organization]);
    if (route === '/servicePrincipals') {
      const search = /^"displayName:(.*)"$/.exec(q.get('$search') ?? '');
      if (q.has('$search') && String(req.headers.consistencylevel).toLowerCase() !== 'eventual') return fail(400, 'Request_UnsupportedQuery', "$search needs 'ConsistencyLevel: eventual'.");
      const listed = search ? servicePrincipals.filter((s) => s.displayName.toLowerCase().includes(search[1]!.toLowerCase())) : servicePrincipals;
      return collection('servicePrincipals', listed);
    }
    let m = /^\/servicePrincipals\/([^/]+)$/.exec(route);
    if (m) return sp(m[1]!) ? entity('servicePrincipals/$entity', sp(m[1]!)!) : fail(404, 'Request_ResourceNotFound', `Resource '${m[1]}' does not exist.`);
    m = /^\/servicePrincipals\/([^/]+)\/appRoleAssignedTo$/.exec(route);
    if (m) return collection(`servicePrincipals('${m[1]}')/appRoleAssignedTo`, assignments[m[1]!] ?? []);
    m = /^\/servicePrincipals\/([^/]+)\/synchronization\/jobs$/.exec(route);
    if (m) return collection(`servicePrincipals('${m[1]}')/synchronization/jobs`, jobs[m[1]!] ?? []);
    m = /^\/servicePrincipals\/([^/]+)\/synchronization\/jobs\/([^/]+)\/schema$/.exec(route);
    if (m) {
      const schema = [salesforceSchema, scimSchema].find((s) => s.id === m![2]);
      return schema ? reply(200, schema) : fail(404, 'NotFound', 'No such job.');
    }
    m = /^\/servicePrincipals\/([^/]+)\/synchronization\/templates$/.exec(route);
    if (m) return collection(`servicePrincipals('${m[1]}')/synchronization/templates`, templates[m[1]!] ?? []);
    m = /^\/groups\/([^/]+)\/members$/.exec(route);
    if (m) return collection('directoryObjects', (members[m[1]!] ?? []).map((item) => pick(item as Record<string, unknown>)));
    if (route === '/groups') {
      const ids = inFilter();
      return collection('groups', groups.filter((g) => !ids || ids.has(g.id)).map(pick));
    }
    if (route === '/users') {
      const ids = inFilter();
      const expand = q.get('$expand') === 'manager';
      const found = users.filter((u) => !ids || ids.has(u.id)).map((u) => {
        const { manager, ...plain } = u;
        const out = pick(plain as unknown as Record<string, unknown>);
        // Graph leaves `manager` out when a user has none.
        if (expand && manager) out.manager = { '@odata.type': '#microsoft.graph.user', ...userById.get(manager), manager: undefined };
        return out;
      });
      return collection(`users(${select.join(',')})`, found);
    }
    if (route === '/directory/deletedItems/microsoft.graph.user') return collection('directory/deletedItems/microsoft.graph.user', []);
    return fail(400, 'BadRequest', `Resource not found for the segment '${route.split('/').pop()}'.`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    served,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

// ------------------------------------------------------------------ what a complete snapshot holds

let woodgrove: Awaited<ReturnType<typeof startWoodgroveGraph>>;
beforeAll(async () => {
  woodgrove = await startWoodgroveGraph();
});
afterAll(async () => woodgrove.close());

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const appOf = (snapshot: Snapshot, id: string) => snapshot.servicePrincipals.find((app) => app.id === id)!;

function expectSalesforce(snapshot: Snapshot) {
  const app = appOf(snapshot, SALESFORCE);
  expect(app).toMatchObject({ appId: '17cad0e7-cd2b-4e51-a75d-ba810f3e4045', displayName: 'Salesforce Woodgrove', appRoleAssignmentRequired: true, preferredSingleSignOnMode: 'saml', notificationEmailAddresses: ['it@woodgrove.example'] });
  expect(app.appRoles.map((role) => [role.id, role.displayName, role.isEnabled])).toEqual([[SF_USER_ROLE, 'User', true], ['e7f1a7f3-9eda-48e0-9963-bd67bf531afd', 'msiam_access', true]]);
  expect(app.appRoleAssignedTo.map((a) => [a.principalId, a.principalType, a.appRoleId, a.createdDateTime ?? null])).toEqual([
    [U.ada, 'User', SF_USER_ROLE, '2021-02-02T04:22:45.9480566Z'],
    [U.grace, 'User', DEFAULT_ACCESS, null],
    [G1, 'Group', SF_USER_ROLE, '2022-06-01T09:00:00Z'],
  ]);
  expect(app.synchronization.jobs).toHaveLength(1);
  const job = app.synchronization.jobs[0]!;
  expect(job.id).toBe('salesforce.e4c8');
  expect(job.schedule).toEqual({ expiration: null, interval: 'PT40M', state: 'Active' });
  expect(job.status.code).toBe('Quarantine');
  expect(job.status.quarantine).toEqual({ currentBegan: null, nextAttempt: null, reason: '', seriesBegan: null, seriesCount: 2, error: { code: 'SalesforceInvalidCredentials', message: 'Your Salesforce.com credentials are invalid.', tenantActionable: true } });
  expect(job.synchronizationJobSettings).toEqual([{ name: 'QuarantineTooManyDeletesThreshold', value: '500' }, { name: 'Domain', value: 'woodgrove.my.salesforce.com' }]);
  const rule = job.schema.synchronizationRules[0]!;
  expect(rule).toMatchObject({ id: '4c5ecfa1-a072-4460-b1c3-4adde3479854', name: 'USER_OUTBOUND_USER', priority: 1, metadata: [{ key: 'supportsProvisionOnDemand', value: 'true' }] });
  expect(job.schema.directories.map((d) => d.name)).toEqual(['Azure Active Directory', 'salesforce.com']);
  const employeeId = job.schema.directories[0]!.objects[0]!.attributes.find((a) => a.name === 'employeeId')!;
  expect(employeeId).toMatchObject({ type: 'String', [RAW_KEY]: { type: 'CaseInsensitiveString' } });
  const objectMapping = rule.objectMappings[0]!;
  expect(objectMapping.scope?.groups[0]?.clauses).toEqual([{ operatorName: 'EQUALS', sourceOperandName: 'department', targetOperand: { values: ['Sales'] } }]);
  expect(objectMapping.attributeMappings.map((a) => [a.targetAttributeName, a.source?.expression ?? null, a.defaultValue ?? null, a.matchingPriority, a.flowType])).toEqual([
    ['IsActive', 'Not([IsSoftDeleted])', 'True', 0, 'Always'],
    ['EmailEncodingKey', null, 'ISO-8859-1', 0, 'Always'],
    ['ProfileName', 'SingleAppRoleAssignment([appRoleAssignments])', 'Chatter Free User', 0, 'Always'],
    ['Username', '[userPrincipalName]', null, 1, 'Always'],
    ['Email', '[mail]', null, 0, 'Always'],
    ['Department', '[department]', null, 0, 'Always'],
  ]);
  // The flow type Graph added after our schema was written is kept as sent.
  expect(objectMapping.attributeMappings[5]).toMatchObject({ [RAW_KEY]: { flowType: 'AttributeAddOnlyIfEmpty' } });
  expect(app.synchronization.templates.map((t) => [t.id, t.factoryTag, t.default])).toEqual([['salesforce', 'salesforce', true]]);
}

function expectScimApp(snapshot: Snapshot) {
  const app = appOf(snapshot, SCIM_APP);
  expect(app).toMatchObject({ displayName: 'Woodgrove SCIM Directory', appRoleAssignmentRequired: true, resourceSpecificApplicationPermissions: [] });
  expect(app.appRoles[0]).toMatchObject({ value: 'member', isEnabled: true });
  expect(app.appRoleAssignedTo.map((a) => [a.principalId, a.principalType])).toEqual([[U.barbara, 'User'], [U.alan, 'User'], [G2, 'Group']]);
  const job = app.synchronization.jobs[0]!;
  expect(app.synchronization.jobs.map((j) => j.id)).toEqual(['scim.7f31']);
  // An unknown schedule state reads as unknownFutureValue, and what Graph sent is kept.
  expect(job.schedule).toMatchObject({ expiration: null, interval: 'PT40M', state: 'unknownFutureValue', [RAW_KEY]: { state: 'Throttled' } });
  expect(job.status).toMatchObject({ code: 'Active', countSuccessiveCompleteFailures: 0, escrowsPruned: false, troubleshootingUrl: '', provisioningWindowHint: 'PT2H' });
  expect(job.status.synchronizedEntryCountByType).toEqual([
    { key: 'user to urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', value: 3 },
    { key: 'group to urn:ietf:params:scim:schemas:core:2.0:Group', value: 1 },
  ]);
  expect(job.status.lastExecution).toMatchObject({ countEntitled: 4, countExported: 3, countImported: 6, state: 'EntryLevelErrors', timeEnded: '2025-06-01T12:00:41Z' });
  expect(job.status.progress).toEqual([{ completedUnits: 6, totalUnits: 6, units: 'Users', progressObservationDateTime: null }]);
  expect(job.synchronizationJobSettings).toEqual([{ name: 'AzureIngestionAttributeOptimization', value: 'false' }, { name: 'LookaheadQueryEnabled', value: 'False' }]);
  expect(job).toMatchObject({ bulkUpload: null });
  expect(job.schema.directories[1]).toMatchObject({ name: 'customappsso', futureDirectoryFlag: { enabled: true } });
  const objectMapping = job.schema.synchronizationRules[0]!.objectMappings[0]!;
  expect(objectMapping.enabled).toBe(true);
  expect(objectMapping.attributeMappings.map((a) => [a.targetAttributeName, a.source?.name])).toEqual([
    ['userName', 'userPrincipalName'], ['active', 'Switch'], ['name.givenName', 'givenName'], ['name.familyName', 'surname'],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber', 'employeeId'],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', 'manager'], ['title', 'jobTitle'],
  ]);
  expect(job.graphUnreadableSourceAttributes).toBeUndefined();
  expect(app.synchronization.templates.map((t) => [t.id, t.default, t.metadata])).toEqual([
    ['scim', true, []], ['scimOutDelta', false, []], ['Slack', false, [{ key: 'tenantMatch', value: '1' }]],
  ]);
}

/**
 * `readOnlyAsManagers`: users read only because someone in scope reports to them (their own manager is
 * not read); `department` is read only when a mapping or scoping filter uses it (Salesforce's do).
 */
function expectDirectory(snapshot: Snapshot, userIds: string[], groupIds: string[], { readOnlyAsManagers = [] as string[], department = true } = {}) {
  expect(snapshot.tenant).toMatchObject({ id: TENANT, displayName: 'Woodgrove Bank', countryLetterCode: 'GB', createdDateTime: null });
  expect(snapshot.tenant.verifiedDomains.map((d) => [d.name, d.isDefault, d.isInitial])).toEqual([['woodgrovebank.onmicrosoft.com', false, false], ['woodgrove.example', true, false]]);
  const managerOf = (id: string) => userById.get(id)!.manager;
  expect(byId(snapshot.users).map((u) => [u.id, u.userPrincipalName, u.displayName, u.department ?? null, u.jobTitle ?? null, u.employeeId ?? null, u.accountEnabled, u.mail ?? null, u.manager?.id ?? null])).toEqual(
    byId(users.filter((u) => userIds.includes(u.id))).map((u) => [
      u.id, u.userPrincipalName, u.displayName, department ? u.department : null, u.jobTitle, String(u.employeeId), u.accountEnabled === true || u.accountEnabled === 'true', u.mail,
      managerOf(u.id) && userIds.includes(managerOf(u.id)!) && !readOnlyAsManagers.includes(u.id) ? managerOf(u.id) : null,
    ]),
  );
  expect(byId(snapshot.groups).map((g) => g.id)).toEqual([...groupIds].sort());
  const memberIds = (id: string) => snapshot.groups.find((g) => g.id === id)?.members.map((member) => [member['@odata.type'], member.id]);
  if (groupIds.includes(G1)) {
    expect(snapshot.groups.find((g) => g.id === G1)).toMatchObject({ displayName: 'Woodgrove Sales', createdDateTime: null, securityEnabled: true });
    expect(memberIds(G1)).toEqual([
      ['#microsoft.graph.user', U.ada], ['#microsoft.graph.user', U.alan], ['#microsoft.graph.group', G2], ['#microsoft.graph.device', DEVICE], ['#microsoft.graph.user', U.grace],
    ]);
  }
  expect(snapshot.groups.find((g) => g.id === G2)).toMatchObject({ mailEnabled: true, securityEnabled: false, groupTypes: ['Unified'] });
  expect(memberIds(G2)).toEqual([['#microsoft.graph.user', U.edsger]]);
}

describe('a snapshot read from a Graph server nobody here wrote (issue 14, bar a)', () => {
  it('reads the whole tenant through paging by 2, a 429 every third request and Graph\'s shape variants, completely', async () => {
    const before = woodgrove.served.length;
    const access = openGraph({ accessToken: TOKEN, graphEndpoint: woodgrove.url });
    const read = await readTenant(access.client);
    const served = woodgrove.served.slice(before);

    expect(read.deniedApps).toEqual([]);
    expect(read.failedApps).toEqual([]);
    expect(read.scanned).toBe(servicePrincipals.length);
    expect(read.snapshot.servicePrincipals.map((app) => app.id).sort()).toEqual([SALESFORCE, SCIM_APP].sort());
    expectSalesforce(read.snapshot);
    expectScimApp(read.snapshot);
    expectDirectory(read.snapshot, Object.values(U), [G1, G2]);

    // The server really paged, throttled, and was not asked about apps that cannot provision.
    expect(served.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(Math.floor(served.length / 3) - 1);
    expect(served.filter((r) => r.path.includes('$skiptoken=')).length).toBeGreaterThan(5);
    expect(served.some((r) => r.path.startsWith(`/v1.0/servicePrincipals/${EXCHANGE}/`) || r.path.startsWith(`/v1.0/servicePrincipals/${IDENTITY}/`))).toBe(false);
    expect(served.some((r) => r.path.startsWith(`/v1.0/servicePrincipals/${WIKI}/synchronization/jobs`))).toBe(true);
    expect(served.every((r) => r.status === 200 || r.status === 429)).toBe(true);
  });

  it('pulls one app with `pwb snapshot pull --access-token --graph-endpoint` into a valid, complete snapshot file', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-woodgrove-'));
    try {
      const out = path.join(dataDir, 'scim.json');
      const run = await pwb(['snapshot', 'pull', '--app', 'Woodgrove SCIM', '--out', out, '--access-token', TOKEN, '--graph-endpoint', woodgrove.url], { PWB_DATA_DIR: dataDir });
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.code).toBe(0);
      const parsed = parseSnapshot(fs.readFileSync(out, 'utf8'));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed));
      expect(parsed.snapshot.servicePrincipals.map((app) => app.id)).toEqual([SCIM_APP]);
      expectScimApp(parsed.snapshot);
      // Barbara and Alan are assigned, Edsger is in the assigned group; Katherine and Ada are their managers.
      expectDirectory(parsed.snapshot, [U.barbara, U.alan, U.edsger, U.katherine, U.ada], [G2], { readOnlyAsManagers: [U.ada], department: false });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
