import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { RelationType } from '../../src/model/entity-types';
import type { ArticleGraph } from '../../src/model/graph';
import type { GraphSnapshot, GraphStore, StatementView } from '../../src/store/graph-store';
import {
  buildArticleGraph,
  entity,
  type MentionDraft,
  type QuoteDraft,
  type StatementDraft,
} from '../fixtures/graphs/build-article-graph';

// Operations and invariants for the random-operations property test: a small pool of entities,
// article ids and sources, so that articles share relationships, re-ingests change them and
// merges collapse them (even into self-loops).

export const POOL = [
  entity('Person', 'Anna Berg', { aliases: ['Berg'] }),
  entity('Person', 'Boris Carr'),
  entity('Person', 'Clara Diaz', { aliases: ['Ms Diaz'] }),
  entity('Person', 'Dmitri Egan'),
  entity('Event', 'Spring Summit', { aliases: ['the summit'] }),
];
const ARTICLE_IDS = ['art-a', 'art-b', 'art-c'];
const SOURCES = ['Wire', 'Times', undefined];
const PUBLISHED = ['2025-05-01', '2025-06-15T08:00:00Z', undefined];
// Not symmetric, so any subject/object order is a valid statement.
const TYPES: RelationType[] = ['SUPPORTS', 'OPPOSES', 'PARTICIPATED_IN'];
const ROLES = ['host', 'guest', undefined];
const DATES = [
  undefined,
  { value: '2025-04', precision: 'month' as const },
  { value: '2025-05-09', precision: 'day' as const },
];
const CONFIDENCES = [0.5, 0.6, 0.75, 0.9];
const ALIASES = ['The Boss', 'Mr X', 'Berg'];

export interface ClaimSpec {
  subject: number;
  /** Offset from the subject in the pool (1..), so subject and object always differ. */
  objectShift: number;
  type: number;
  confidence: number;
  negated: boolean;
  date: number;
  role: number;
}

export interface ArticleSpec {
  id: number;
  version: number;
  source: number;
  published: number;
  claims: ClaimSpec[];
  /** Pool index of a speaker quoted in a last sentence, if any. */
  speaker: number | null;
}

export type Operation =
  | { kind: 'ingest'; article: ArticleSpec }
  | { kind: 'reingestSame'; id: number }
  | { kind: 'delete'; id: number }
  /** `from`/`into` choose among the entities present when the operation runs. */
  | { kind: 'merge'; from: number; into: number }
  | { kind: 'undoMerge' }
  /** `onMergeTarget`: to the target of the latest merge still standing, when there is one. */
  | { kind: 'addAlias'; entity: number; alias: number; onMergeTarget: boolean };

const index = (length: number) => fc.nat({ max: length - 1 });

const claimArbitrary: fc.Arbitrary<ClaimSpec> = fc.record({
  subject: index(POOL.length),
  objectShift: fc.integer({ min: 1, max: POOL.length - 1 }),
  type: index(TYPES.length),
  confidence: index(CONFIDENCES.length),
  // One claim in five is denied: negated statements are stored but never counted.
  negated: fc.nat({ max: 4 }).map((n) => n === 0),
  date: index(DATES.length),
  role: index(ROLES.length),
});

export const articleArbitrary: fc.Arbitrary<ArticleSpec> = fc.record({
  id: index(ARTICLE_IDS.length),
  version: fc.nat({ max: 3 }),
  source: index(SOURCES.length),
  published: index(PUBLISHED.length),
  claims: fc.array(claimArbitrary, { minLength: 1, maxLength: 3 }),
  speaker: fc.option(index(POOL.length), { nil: null }),
});

export const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 4,
    arbitrary: articleArbitrary.map((article) => ({ kind: 'ingest' as const, article })),
  },
  {
    weight: 1,
    arbitrary: index(ARTICLE_IDS.length).map((id) => ({ kind: 'reingestSame' as const, id })),
  },
  {
    weight: 2,
    arbitrary: index(ARTICLE_IDS.length).map((id) => ({ kind: 'delete' as const, id })),
  },
  // Merges, undos and aliases often enough that most runs undo a merge after other changes.
  {
    weight: 3,
    arbitrary: fc
      .record({ from: fc.nat({ max: 20 }), into: fc.nat({ max: 20 }) })
      .map((m) => ({ kind: 'merge' as const, ...m })),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'undoMerge' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        entity: fc.nat({ max: 20 }),
        alias: index(ALIASES.length),
        onMergeTarget: fc.boolean(),
      })
      .map((a) => ({ kind: 'addAlias' as const, ...a })),
  },
);

export function articleId(id: number): string {
  return ARTICLE_IDS[id] as string;
}

export function aliasAt(alias: number): string {
  return ALIASES[alias] as string;
}

/** The ArticleGraph an ArticleSpec stands for: one claim per sentence, version in the title. */
export function articleGraph(spec: ArticleSpec): ArticleGraph {
  const sentences: string[] = [];
  const mentions: MentionDraft[] = [];
  const statements: StatementDraft[] = [];
  const quotes: QuoteDraft[] = [];
  const used = new Set<number>();
  for (const claim of spec.claims) {
    const subject = POOL[claim.subject] as (typeof POOL)[number];
    const objectIndex = (claim.subject + claim.objectShift) % POOL.length;
    const object = POOL[objectIndex] as (typeof POOL)[number];
    const sentence = sentences.length;
    sentences.push(`${subject.name} backed ${object.name} at noon.`);
    used.add(claim.subject).add(objectIndex);
    mentions.push({ key: subject.key, sentence, text: subject.name });
    mentions.push({ key: object.key, sentence, text: object.name });
    const type = TYPES[claim.type] as RelationType;
    const date = DATES[claim.date];
    const role = ROLES[claim.role];
    statements.push({
      type,
      subject: subject.key,
      object: object.key,
      sentence,
      rule: 'random',
      confidence: CONFIDENCES[claim.confidence] as number,
      ...(claim.negated ? { modality: 'negated' as const } : {}),
      ...(date ? { date } : {}),
      ...(role && type === 'PARTICIPATED_IN' ? { role } : {}),
    });
  }
  if (spec.speaker !== null) {
    const speaker = POOL[spec.speaker] as (typeof POOL)[number];
    const sentence = sentences.length;
    sentences.push(`“We agree,” said ${speaker.name}.`);
    used.add(spec.speaker);
    mentions.push({ key: speaker.key, sentence, text: speaker.name });
    quotes.push({ speaker: speaker.key, sentence, text: 'We agree', mentions: [] });
  }
  const source = SOURCES[spec.source];
  const publishedAt = PUBLISHED[spec.published];
  return buildArticleGraph({
    id: articleId(spec.id),
    title: `Report ${spec.id} version ${spec.version}`,
    ...(source ? { source } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    sentences,
    entities: [...used].sort().map((i) => POOL[i] as (typeof POOL)[number]),
    mentions,
    statements,
    quotes: quotes,
  });
}

/** Equal as data: keys in any order, a key holding undefined the same as a missing key. */
export function sameData(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

const round = (n: number) => Number(n.toFixed(6));

/** The aggregated relationship docs/store-semantics.md derives from a triple's statements. */
function recompute(
  statements: readonly StatementView[],
): GraphSnapshot['relationships'][number] | null {
  const counted = statements.filter(
    (s) => s.modality !== 'negated' && s.subjectKey !== s.objectKey,
  );
  const first = counted[0];
  if (first === undefined) return null;
  const confidences = counted.map((s) => s.confidence);
  const dates = counted
    .map((s) => s.date?.value ?? s.article.publishedAt ?? null)
    .filter((d): d is string => d !== null)
    .sort();
  const roles = [...new Set(counted.flatMap((s) => (s.role ? [s.role] : [])))].sort();
  return {
    type: first.type,
    subjectKey: first.subjectKey,
    objectKey: first.objectKey,
    statementCount: counted.length,
    articleCount: new Set(counted.map((s) => s.articleId)).size,
    sourceCount: new Set(counted.map((s) => s.article.source ?? `article:${s.articleId}`)).size,
    maxConfidence: round(Math.max(...confidences)),
    meanConfidence: round(confidences.reduce((a, b) => a + b, 0) / confidences.length),
    ...(dates.length > 0
      ? { firstDate: dates[0] as string, lastDate: dates.at(-1) as string }
      : {}),
    roles,
  };
}

const tripleKey = (r: { subjectKey: string; type: string; objectKey: string }) =>
  `${r.subjectKey} -${r.type}-> ${r.objectKey}`;

/**
 * Every invariant the store must keep after any operation, as a list of readable violations
 * (empty when all hold): aggregates equal their recomputation, no dangling statement, mention or
 * quote, entity counts equal their recomputation, uncurated entities have mentions, and the
 * articles are exactly the ones the operations left alive.
 */
export async function invariantViolations(
  store: GraphStore,
  liveArticleIds: ReadonlySet<string>,
): Promise<string[]> {
  const snapshot = await store.snapshot();
  const problems: string[] = [];
  const articles = new Set(snapshot.articles.map((a) => a.id));
  const entities = new Set(snapshot.entities.map((e) => e.key));

  const expectedArticles = [...liveArticleIds].sort().join(',');
  if ([...articles].sort().join(',') !== expectedArticles) {
    problems.push(`articles ${[...articles].join(',')} ≠ expected ${expectedArticles}`);
  }
  for (const s of snapshot.statements) {
    if (!articles.has(s.articleId))
      problems.push(`statement ${s.id} without article ${s.articleId}`);
    for (const key of [s.subjectKey, s.objectKey]) {
      if (!entities.has(key)) problems.push(`statement ${s.id} refers to missing entity ${key}`);
    }
  }
  for (const m of snapshot.mentions) {
    if (!articles.has(m.articleId) || !entities.has(m.entityKey)) {
      problems.push(`orphan mention ${m.articleId}/${m.entityKey}@${m.start}`);
    }
  }
  for (const q of snapshot.quotes) {
    if (!articles.has(q.articleId)) problems.push(`quote ${q.id} without article`);
    if (q.speakerKey !== undefined && !entities.has(q.speakerKey)) {
      problems.push(`quote ${q.id} said by missing entity ${q.speakerKey}`);
    }
  }

  const views = await store.getEntities(snapshot.entities.map((e) => e.key));
  snapshot.entities.forEach((e, i) => {
    const own = snapshot.mentions.filter((m) => m.entityKey === e.key);
    const articleCount = new Set(own.map((m) => m.articleId)).size;
    if (e.mentionCount !== own.length || e.articleCount !== articleCount) {
      problems.push(
        `entity ${e.key} counts ${e.mentionCount}/${e.articleCount} ≠ recomputed ${own.length}/${articleCount}`,
      );
    }
    if (own.length === 0 && views[i]?.curated !== true) {
      problems.push(`entity ${e.key} has no mention and is not curated`);
    }
  });

  const triples = new Map(snapshot.statements.map((s) => [tripleKey(s), s]));
  const expected = new Map<string, GraphSnapshot['relationships'][number]>();
  for (const s of triples.values()) {
    const relationship = recompute(
      await store.statementsBetween(s.subjectKey, s.type, s.objectKey),
    );
    if (relationship) expected.set(tripleKey(relationship), relationship);
  }
  const actual = new Map(snapshot.relationships.map((r) => [tripleKey(r), r]));
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (got === undefined) problems.push(`relationship ${key} missing`);
    else if (!sameData(got, want)) {
      problems.push(
        `relationship ${key} is ${JSON.stringify(got)}, recomputed ${JSON.stringify(want)}`,
      );
    }
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) problems.push(`relationship ${key} has no counted statement`);
  }
  return problems;
}
