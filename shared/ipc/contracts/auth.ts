import { z } from 'zod';
import type { ChannelSpecs } from './spec';

const id = z.string().min(1).max(200);
export const cloudNameSchema = z.enum(['Global', 'USGov', 'USGovDoD', 'China', 'Custom']);
const customEndpointsSchema = z.object({ authorityHost: z.string().url().max(500), graphEndpoint: z.string().url().max(500) }).strict();

/** A signed-in account as the UI sees it: never a token, only who and where. */
export const accountSummarySchema = z.object({
  homeAccountId: z.string(),
  username: z.string(),
  name: z.string().nullable(),
  tenantId: z.string(),
  cloud: cloudNameSchema,
  /** Consented to Synchronization.ReadWrite.All. */
  write: z.boolean(),
  active: z.boolean(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const authStatusSchema = z.object({
  accounts: z.array(accountSummarySchema),
  activeAccountId: z.string().nullable(),
  clientId: z.string(),
  defaultClientId: z.string(),
  cloud: cloudNameSchema,
  custom: customEndpointsSchema.nullable(),
  clouds: z.array(z.object({ name: cloudNameSchema, displayName: z.string() })),
  readPermissions: z.array(z.string()),
  writePermission: z.string(),
  writeFeatures: z.array(z.string()),
  /** How the token cache is protected on this front door (shown as a note when not OS-protected). */
  cacheProtection: z.string(),
  osProtected: z.boolean(),
  /** Whether this front door can open the system browser for interactive sign-in. */
  interactiveAvailable: z.boolean(),
});
export type AuthStatus = z.infer<typeof authStatusSchema>;

export const deviceCodePromptSchema = z.object({
  flowId: z.string(),
  userCode: z.string(),
  verificationUri: z.string(),
  message: z.string(),
  expiresAt: z.string(),
});
export type DeviceCodePrompt = z.infer<typeof deviceCodePromptSchema>;

const signInOptions = z.object({
  cloud: cloudNameSchema.optional(),
  tenant: z.string().max(200).optional(),
  clientId: z.string().max(100).optional(),
  custom: customEndpointsSchema.optional(),
  write: z.boolean().default(false),
});

/** Sign-in, accounts and their settings. */
export const authContract = {
  'auth:status': { request: z.object({}).strict(), response: authStatusSchema },
  /** Blocks until the browser sign-in finishes; `flowId` lets `auth:cancelSignIn` stop it. */
  'auth:signInInteractive': { request: signInOptions.extend({ flowId: id.optional() }).strict(), response: accountSummarySchema },
  /** Starts device-code sign-in and returns the code to show; `auth:completeDeviceCode` waits for it. */
  'auth:startDeviceCode': { request: signInOptions.strict(), response: deviceCodePromptSchema },
  'auth:completeDeviceCode': { request: z.object({ flowId: id }).strict(), response: accountSummarySchema },
  'auth:cancelSignIn': { request: z.object({ flowId: id }).strict(), response: z.object({ cancelled: z.boolean() }) },
  'auth:switchAccount': { request: z.object({ homeAccountId: id }).strict(), response: authStatusSchema },
  'auth:signOut': { request: z.object({ homeAccountId: id }).strict(), response: authStatusSchema },
  'auth:saveSettings': {
    request: z.object({ clientId: z.string().max(100).optional(), cloud: cloudNameSchema.optional(), custom: customEndpointsSchema.optional() }).strict(),
    response: authStatusSchema,
  },
} as const satisfies ChannelSpecs;
