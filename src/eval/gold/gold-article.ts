import { z } from 'zod';
import { RELATION_TYPES } from '../../model/entity-types';

/**
 * One annotated article of the development gold set (test/fixtures/gold/*.json). The article's
 * text is not stored: BBC texts stay with the BBC, so a file points at the article by its id in
 * ../shared/data/bbc/bbc.ndjson (or a file in ../shared/corpus) and the scorer reads it there.
 */
export const goldArticleSchema = z.object({
  article: z.discriminatedUnion('source', [
    z.object({ source: z.literal('bbc'), id: z.string().regex(/^[a-z]+\/\d{3}$/) }),
    z.object({ source: z.literal('corpus'), file: z.string().min(1) }),
  ]),
  /** Other names an entity may go by in the extractor's output: { "Tony Blair": ["Blair"] }. */
  aliases: z.record(z.string(), z.array(z.string().min(1))).default({}),
  relations: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      subject: z.string().min(1),
      object: z.string().min(1),
    }),
  ),
  quotes: z.array(
    z.object({
      /** null: the text names no speaker ("a spokesman said"); any attribution is then wrong. */
      speaker: z.string().min(1).nullable(),
      /** The first words of the quote, at most 12. */
      prefix: z
        .string()
        .min(1)
        .refine((p) => p.trim().split(/\s+/).length <= 12, 'at most 12 words of the quote'),
    }),
  ),
});

export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldRelation = GoldArticle['relations'][number];
export type GoldQuote = GoldArticle['quotes'][number];
