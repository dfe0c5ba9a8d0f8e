import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const loggingSettingsSchema = z
  .object({
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
  })
  .transform((env) => ({ level: env.LOG_LEVEL }));

export type LoggingSettings = z.output<typeof loggingSettingsSchema>;
