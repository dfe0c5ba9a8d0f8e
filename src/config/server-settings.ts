import { z } from 'zod';

export const serverSettingsSchema = z
  .object({
    PORT: z
      .string()
      .regex(/^\d{1,5}$/, { error: 'must be a whole number from 0 to 65535' })
      .transform(Number)
      .refine((port) => port <= 65_535, { error: 'must be a whole number from 0 to 65535' }),
    HOST: z.string().regex(/^\S+$/, { error: 'must be a host name or IP address, without spaces' }),
    NEWSGRAPH_LIVE_POLL_MS: z
      .string()
      .regex(/^\d{1,7}$/, { error: 'must be a whole number of milliseconds (0 to turn off)' })
      .transform(Number),
  })
  .transform((env) => ({ port: env.PORT, host: env.HOST, livePollMs: env.NEWSGRAPH_LIVE_POLL_MS }));

export type ServerSettings = z.output<typeof serverSettingsSchema>;
