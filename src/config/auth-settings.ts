import { z } from 'zod';
import { parseApiKeys } from './api-keys';

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

const booleanFromEnv = z
  .string()
  .refine((value) => [...TRUE_WORDS, ...FALSE_WORDS].includes(value.toLowerCase()), {
    error: 'must be true or false',
  })
  .transform((value) => TRUE_WORDS.includes(value.toLowerCase()));

const apiKeysFromEnv = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const parsed = parseApiKeys(value);
    for (const problem of parsed.problems) {
      // `input` is left out on purpose: zod would carry the secret along with the issue.
      ctx.issues.push({ code: 'custom', message: problem, input: undefined });
    }
    return parsed.keys;
  });

export const authSettingsSchema = z
  .object({
    NEWSGRAPH_API_KEYS: apiKeysFromEnv,
    NEWSGRAPH_READ_REQUIRES_KEY: booleanFromEnv,
  })
  .transform((env) => ({
    apiKeys: env.NEWSGRAPH_API_KEYS,
    readRequiresKey: env.NEWSGRAPH_READ_REQUIRES_KEY,
  }));

export type AuthSettings = z.output<typeof authSettingsSchema>;
