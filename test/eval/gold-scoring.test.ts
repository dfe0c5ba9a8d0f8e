import { join } from 'node:path';
import type { ExtractedEntity, ExtractionResult } from '../../src/model/extraction';
import type { EntityType, RelationType } from '../../src/model/entity-types';
import { goldArticleSchema, type GoldArticle } from '../../src/eval/gold/gold-article';
import { readGoldFiles } from '../../src/eval/gold/load-gold-set';
import { scoreQuotes } from '../../src/eval/gold/score-quotes';
import { scoreRelations } from '../../src/eval/gold/score-relations';

const TEXT =
  'Russian President Vladimir Putin hosted Xi. "We stand together with our friends," Putin said.';

function entity(
  id: string,
  type: EntityType,
  name: string,
  mentions: string[] = [name],
): ExtractedEntity {
  return {
    id,
    type,
    name,
    aliases: [],
    confidence: 1,
    mentions: mentions.map((text) => ({
      start: 0,
      end: text.length,
      text,
      sentence: 0,
      source: 'gazetteer',
      confidence: 1,
    })),
  };
}

function result(
  relations: [RelationType, string, string][],
  quotes: { text: string; speaker?: string }[] = [],
): ExtractionResult {
  const evidence = { text: TEXT, start: 0, end: TEXT.length, sentence: 0 };
  return {
    id: 'hand-made',
    language: 'en',
    text: TEXT,
    sentences: [{ start: 0, end: TEXT.length }],
    entities: [
      entity('wd:Q7747', 'Person', 'Vladimir Putin', ['Vladimir Putin', 'Putin']),
      entity('wd:Q15031', 'Person', 'Xi Jinping', ['Xi']),
      entity('wd:Q159', 'Country', 'Russia', ['Russian']),
    ],
    relations: relations.map(([type, subject, object]) => ({
      type,
      subject,
      object,
      confidence: 0.9,
      rule: 'hand',
      modality: 'asserted',
      evidence,
    })),
    quotes: quotes.map((q) => ({
      ...q,
      start: 0,
      end: q.text.length,
      rule: 'hand',
      confidence: 1,
      mentions: [],
    })),
    dates: [],
    roles: [],
    cooccurrences: [],
    extractor: 'test',
  };
}

const GOLD: GoldArticle = goldArticleSchema.parse({
  article: { source: 'corpus', file: 'x.txt' },
  aliases: { 'Xi Jinping': ['Xi'] },
  relations: [
    { type: 'LEADER_OF', subject: 'Vladimir Putin', object: 'Russia' },
    { type: 'MET_WITH', subject: 'Xi Jinping', object: 'Vladimir Putin' },
    { type: 'HOSTED', subject: 'Vladimir Putin', object: 'Xi Jinping' },
  ],
  quotes: [
    { speaker: 'Vladimir Putin', prefix: 'We stand together with our friends' },
    { speaker: null, prefix: 'An unnamed official said this much' },
  ],
});

describe('scoreRelations', () => {
  it('matches by type and entity names, either way round for symmetric types', () => {
    const counts = scoreRelations(
      GOLD,
      result([
        ['LEADER_OF', 'wd:Q7747', 'wd:Q159'],
        ['MET_WITH', 'wd:Q7747', 'wd:Q15031'],
        ['HOSTED', 'wd:Q15031', 'wd:Q7747'], // wrong direction: HOSTED is not symmetric
      ]),
    );
    expect(counts.get('LEADER_OF')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.get('MET_WITH')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.get('HOSTED')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts a duplicated prediction once and an unannotated one as a false positive', () => {
    const counts = scoreRelations(
      GOLD,
      result([
        ['LEADER_OF', 'wd:Q7747', 'wd:Q159'],
        ['LEADER_OF', 'wd:Q7747', 'wd:Q159'],
        ['LEADER_OF', 'wd:Q15031', 'wd:Q159'],
      ]),
    );
    expect(counts.get('LEADER_OF')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(counts.get('MET_WITH')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('scoreQuotes', () => {
  it('credits a quote found by its first words and attributed to the right speaker', () => {
    const q = scoreQuotes(
      GOLD,
      result([], [{ text: '“We stand together with our friends,”', speaker: 'wd:Q7747' }]),
    );
    expect(q.detection).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(q.attribution).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts the wrong speaker against both precision and recall', () => {
    const q = scoreQuotes(
      GOLD,
      result([], [{ text: 'We stand together with our friends', speaker: 'wd:Q15031' }]),
    );
    expect(q.attribution).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('treats any speaker given to an unattributed gold quote as wrong', () => {
    const q = scoreQuotes(
      GOLD,
      result([], [{ text: 'An unnamed official said this much.', speaker: 'wd:Q7747' }]),
    );
    expect(q.detection.tp).toBe(1);
    expect(q.attribution).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('ignores predicted fragments shorter than four words', () => {
    const q = scoreQuotes(GOLD, result([], [{ text: 'dear friend', speaker: 'wd:Q7747' }]));
    expect(q.detection.fp).toBe(0);
    expect(q.attribution.fp).toBe(0);
  });
});

describe('the development gold set', () => {
  it('has the seed article and at least ten BBC articles, all valid, quoting no more than 12 words', () => {
    const files = readGoldFiles(join(__dirname, '../fixtures/gold'));
    const sources = files.map((f) => f.gold.article.source);
    expect(sources.filter((s) => s === 'bbc').length).toBeGreaterThanOrEqual(10);
    expect(sources).toContain('corpus');
  });
});
