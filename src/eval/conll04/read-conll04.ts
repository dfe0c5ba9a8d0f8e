import { z } from 'zod';
import { InvalidInputError } from '../../errors';

const span = z.tuple([z.number().int(), z.number().int(), z.string()]);

const sentenceSchema = z.object({
  tokens: z.array(z.string()),
  entities: z.array(span),
  relations: z.array(
    z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int(), z.string()]),
  ),
});

/** One CoNLL04 sentence: tokens, gold entity spans and gold relations over token indices. */
export type Conll04Sentence = z.infer<typeof sentenceSchema>;

/** Parse a CoNLL04 JSON file (one array of sentences), naming `file` in any error. */
export function readConll04(json: string, file: string): Conll04Sentence[] {
  const parsed = z.array(sentenceSchema).safeParse(JSON.parse(json));
  if (!parsed.success) throw new InvalidInputError(`${file}: ${parsed.error.message}`);
  return parsed.data;
}
