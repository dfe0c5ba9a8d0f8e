import type { RelationType } from '../../src/model/entity-types';
import type { ArticleGraph } from '../../src/model/graph';
import {
  buildArticleGraph,
  entity,
  type MentionDraft,
  type StatementDraft,
} from '../fixtures/graphs/build-article-graph';

// Random but replayable article graphs for the Neo4j query suites: people linked by typed,
// sometimes negated or dated statements, in three articles (one undated).

const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
const SURNAMES = ['Smith', 'Jones', 'Brown'];
// Not symmetric, so any subject/object order is a valid statement.
const TYPES: RelationType[] = ['SUPPORTS', 'OPPOSES', 'ACCUSES', 'HOSTED'];
const MONTHS = ['01', '06', '11'];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Articles whose sentences each link two random people by a random typed statement. */
export function randomArticles(seed: number, edges: number): ArticleGraph[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const people = NAMES.flatMap((first) => SURNAMES.map((last) => `${first} ${last}`));
  const articles: ArticleGraph[] = [];
  for (let a = 0; a < 3; a += 1) {
    const sentences: string[] = [];
    const mentions: MentionDraft[] = [];
    const statements: StatementDraft[] = [];
    const used = new Map<string, ReturnType<typeof entity>>();
    for (let i = 0; i < edges / 3; i += 1) {
      const subject = entity('Person', pick(people));
      const object = entity('Person', pick(people));
      if (subject.key === object.key) continue;
      const sentence = sentences.length;
      sentences.push(`${subject.name} met ${object.name} today.`);
      used.set(subject.key, subject).set(object.key, object);
      mentions.push({ key: subject.key, sentence, text: subject.name });
      mentions.push({ key: object.key, sentence, text: object.name });
      const statement: StatementDraft = {
        type: pick(TYPES),
        subject: subject.key,
        object: object.key,
        sentence,
        rule: 'random',
        confidence: Math.round(50 + next() * 50) / 100,
      };
      // Some claims are denied or dated, so counts and ranges have something to tell apart.
      if (next() < 0.1) statement.modality = 'negated';
      if (next() < 0.3) statement.date = { value: `2024-${pick(MONTHS)}`, precision: 'month' };
      statements.push(statement);
    }
    articles.push(
      buildArticleGraph({
        id: `random-${seed}-${a}`,
        title: `Random ${seed} ${a}`,
        ...(a === 2 ? {} : { publishedAt: `2025-0${a + 1}-0${a + 3}T10:00:00Z` }),
        ingestedAt: '2025-07-01T00:00:00Z',
        sentences,
        entities: [...used.values()],
        mentions,
        statements,
        quotes: [],
      }),
    );
  }
  return articles;
}
