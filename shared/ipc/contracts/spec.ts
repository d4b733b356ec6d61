import type { z } from 'zod';

/** A feature's channels: `domain:verb` → zod request and response schemas. */
export type ChannelSpecs = Record<string, { request: z.ZodType; response: z.ZodType }>;
