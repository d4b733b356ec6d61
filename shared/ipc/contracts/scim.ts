import { z } from 'zod';
import type { ChannelSpecs } from './spec';

const empty = z.object({}).strict();

export const scimStatusSchema = z.object({
  running: z.boolean(),
  /** What the admin pastes into Entra as Tenant URL (null while stopped). */
  tenantUrl: z.string().nullable(),
  host: z.string(),
  /** The port it listens on, or the one it will use next (0: any free port). */
  port: z.number().int(),
  profileId: z.string(),
  profileName: z.string(),
  storeFile: z.string(),
  users: z.number().int(),
  groups: z.number().int(),
  loggedRequests: z.number().int(),
  latestSeq: z.number().int(),
  /** How the Secret Token is protected at rest on this front door. */
  tokenProtection: z.string(),
  startedAt: z.string().nullable(),
});
export type ScimStatus = z.infer<typeof scimStatusSchema>;

export const scimProfileSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  description: z.string(),
  filterableUserAttributes: z.array(z.string()),
  filterableGroupAttributes: z.array(z.string()),
});
export type ScimProfileSummary = z.infer<typeof scimProfileSummarySchema>;

export const scimLogEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number().int(),
  durationMs: z.number(),
  resourceType: z.string().nullable(),
});
export type ScimLogEntry = z.infer<typeof scimLogEntrySchema>;

export const scimLogDetailSchema = scimLogEntrySchema.extend({ requestBody: z.string().nullable(), responseBody: z.string().nullable() });
export type ScimLogDetail = z.infer<typeof scimLogDetailSchema>;

export const scimResourceItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  externalId: z.string().nullable(),
  active: z.boolean().nullable(),
  lastModified: z.string(),
  json: z.string(),
});
export type ScimResourceItem = z.infer<typeof scimResourceItemSchema>;

/** The local SCIM endpoint's channels: run it, show its Tenant URL and token, its request log and data. */
export const scimContract = {
  'scim:status': { request: empty, response: scimStatusSchema },
  'scim:profiles': { request: empty, response: z.array(scimProfileSummarySchema) },
  'scim:start': {
    request: z.object({ port: z.number().int().min(0).max(65535).optional(), profileId: z.string().max(50).optional() }).strict(),
    response: scimStatusSchema,
  },
  'scim:stop': { request: empty, response: scimStatusSchema },
  'scim:revealToken': { request: empty, response: z.object({ token: z.string() }) },
  'scim:regenerateToken': { request: empty, response: scimStatusSchema },
  'scim:log': {
    request: z
      .object({
        limit: z.number().int().min(1).max(1000).optional(),
        afterSeq: z.number().int().min(0).optional(),
        method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
        outcome: z.enum(['success', 'error']).optional(),
        pathContains: z.string().max(200).optional(),
      })
      .strict(),
    response: z.object({ entries: z.array(scimLogEntrySchema), latestSeq: z.number().int() }),
  },
  'scim:logEntry': { request: z.object({ seq: z.number().int().min(1) }).strict(), response: scimLogDetailSchema },
  'scim:resources': {
    request: z
      .object({
        type: z.enum(['User', 'Group']),
        search: z.string().max(200).optional(),
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    response: z.object({ total: z.number().int(), items: z.array(scimResourceItemSchema) }),
  },
  'scim:reset': { request: empty, response: scimStatusSchema },
} as const satisfies ChannelSpecs;
