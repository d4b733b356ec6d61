import { z } from 'zod';
import { appMappingsSchema, appOverviewSchema, appSummarySchema, assignmentViewSchema } from '../dto/apps';
import type { ChannelSpecs } from './spec';
import { id } from './workspace';

const appRef = z.object({ tenantId: id, appId: id }).strict();

/** The cached apps: the list, each app's overview, assignments and mappings. */
export const appsContract = {
  'apps:list': {
    request: z.object({ tenantId: id, search: z.string().max(200).optional() }).strict(),
    response: z.array(appSummarySchema),
  },
  'apps:overview': { request: appRef, response: appOverviewSchema },
  'apps:assignments': { request: appRef, response: z.array(assignmentViewSchema) },
  'apps:mappings': { request: appRef, response: appMappingsSchema },
} as const satisfies ChannelSpecs;
