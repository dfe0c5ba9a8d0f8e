import { z } from 'zod';

export const serverSettingsSchema = z
  .object({
    PORT: z
      .string()
      .regex(/^\d{1,5}$/, { error: 'must be a whole number from 0 to 65535' })
      .transform(Number)
      .refine((port) => port <= 65_535, { error: 'must be a whole number from 0 to 65535' }),
    HOST: z.string().regex(/^\S+$/, { error: 'must be a host name or IP address, without spaces' }),
  })
  .transform((env) => ({ port: env.PORT, host: env.HOST }));

export type ServerSettings = z.output<typeof serverSettingsSchema>;
