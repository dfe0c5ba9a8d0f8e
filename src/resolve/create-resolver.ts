import { InvalidInputError } from '../errors';
import { coMentionsFromMentions } from '../model/co-mentions';
import type { ExtractionResult } from '../model/extraction';
import type { ArticleGraph } from '../model/graph';
import type { EntityView } from '../store/graph-store';
import { buildArticleRecord, type ArticleMeta } from './build-article-record';
import { buildEntityRecords } from './build-entity-records';
import { buildMentions } from './build-mentions';
import { buildQuotes } from './build-quotes';
import { buildStatements } from './build-statements';
import type { EntityLookup } from './entity-lookup';
import { entityReferences } from './entity-references';
import { resolveEntities } from './resolve-entities';

export interface ResolverOptions {
  lookup: EntityLookup;
  /** When the article is ingested; injected so tests and re-runs are reproducible. */
  clock?: () => Date;
  /** Recorded on every article as `extractor` (provenance). */
  extractorVersion: string;
}

export interface Resolver {
  resolveArticle(result: ExtractionResult, meta?: ArticleMeta): Promise<ArticleGraph>;
}

function checkOptions(options: ResolverOptions): void {
  const problems: string[] = [];
  const lookup = options.lookup as Partial<EntityLookup> | undefined;
  if (
    typeof lookup?.findEntitiesByName !== 'function' ||
    typeof lookup.getEntities !== 'function'
  ) {
    problems.push(
      'lookup: expected an object with findEntitiesByName and getEntities (a GraphStore will do)',
    );
  }
  if (typeof options.extractorVersion !== 'string' || options.extractorVersion.trim() === '') {
    problems.push(
      `extractorVersion: expected a non-empty string, found ${JSON.stringify(options.extractorVersion)}`,
    );
  }
  if (options.clock !== undefined && typeof options.clock !== 'function') {
    problems.push('clock: expected a function returning a Date');
  }
  if (problems.length > 0) throw new InvalidInputError(`createResolver: ${problems.join('; ')}`);
}

/**
 * Entity resolution: turns one article's `ExtractionResult` into the `ArticleGraph` the stores
 * write, every entity reference replaced by its global key.
 *
 * Keys
 * - An entity the gazetteer linked keeps `wd:<QID>`; its demonyms, capital metonyms and
 *   abbreviations already carry the country's QID from extraction and stay there. Nothing is
 *   looked up for it.
 * - Any other entity is `canonicalKey(type, name)`; a person's name is title-stripped
 *   ("President Putin" → "Putin") and, when the article also gave a fuller form of the same
 *   name, the fuller one ("Brown" also written "Gordon Brown" → "Gordon Brown").
 * - A "person" that is only a role ("the Chinese leader", "the Queen") names nobody: it gets no
 *   entity, its mentions and statements are dropped, its quotes lose their speaker. Extraction
 *   resolves such titles inside the article; across articles a role never becomes a person.
 *
 * People without a QID, in this order
 * 1. Same article: the one fuller name of the same person ("Putin" after "Vladimir Putin",
 *    "John Smith" after "John Paul Smith"). Names agree when surnames are equal, first names
 *    equal or one an initial of the other, and middle parts equal, initial-compatible or absent
 *    on one side. Two fuller names ("Bill Clinton", "Hillary Clinton" and "Clinton") → own key,
 *    both as candidates, certainty 0.5.
 * 2. The store: every stored person answering (exact normalised name or alias) to one of its
 *    names, surname included, that it can be: one of the stored names is the same or fuller, and
 *    no stored full name with the same first name and surname has a conflicting middle part
 *    ("George W. Bush" never lands on an entity also called "George H. W. Bush"). A fuller name
 *    never lands on a vaguer entity ("George H. W. Bush" does not join "George Bush").
 *    One such person → attach. Several → an office word the article uses that only one of them
 *    carries in its aliases ("Chancellor Brown") picks it at certainty 0.75, the rest recorded;
 *    else the own key, all of them as candidates, certainty 0.5. People who share only a surname
 *    are never merged. An entity stored under exactly the own key wins over fuller namesakes
 *    (certainty 0.75, them as candidates) unless the name is a lone surname: then the one full
 *    name it is the surname of wins, and the lone-surname entity becomes the candidate.
 * Other types without a QID: the stored entities of the same type answering to its name or an
 *    alias. One → attach; none → own key; the own key stored plus others → own key at 0.75;
 *    several others → own key, candidates, 0.5. Types never cross (no Location → Country).
 *
 * Aliases written for later articles: every distinct form that names the entity (not a bare
 * role, not a lower-case "the pipeline"), its title-stripped form, and for people with a first
 * name the surname ("Putin", "bin Laden") and first-name-plus-surname ("George Bush" for
 * "George W. Bush"), minus the canonical name. Titled names ("Prince Harry") get no surname alias.
 *
 * Graph
 * - Mentions carry the entity's key, `candidates` when ambiguous, confidence × certainty; a span
 *   two merged entities share is written once.
 * - Statements (relations, and roles as PARTICIPATED_IN with `role`) get `statementId`s over
 *   resolved keys, symmetric types oriented subject < object, self-loops resolution created
 *   dropped, duplicates kept once (most confident), confidence × the lower end certainty.
 * - Quotes get `quoteId`s, the speaker's key and the keys they name.
 * - `cooccurrences` = `coMentionsFromMentions(mentions)`; every key a mention, statement or
 *   quote refers to is in `entities`, as the stores require.
 * - The same extraction against the same store state always gives the same graph: entities are
 *   resolved in a fixed order (QIDs, fuller names, key, id) and every list is sorted.
 *
 * @example
 * const resolver = createResolver({ lookup: store, extractorVersion: 'newsgraph-extract/1' });
 * await store.upsertArticle(await resolver.resolveArticle(extraction));
 */
export function createResolver(options: ResolverOptions): Resolver {
  checkOptions(options);
  const { lookup, extractorVersion } = options;
  const clock = options.clock ?? (() => new Date());
  return {
    async resolveArticle(result, meta = {}) {
      const { resolved, byLocalId } = await resolveEntities(result, lookup);
      const refs = entityReferences(result.id, byLocalId);
      const keys = [...new Set(resolved.map((r) => r.resolution.key))].sort();
      const stored = new Map<string, EntityView>();
      (await lookup.getEntities(keys)).forEach((view) => view && stored.set(view.key, view));
      const mentions = buildMentions(resolved, refs);
      return {
        article: buildArticleRecord(result, meta, clock(), extractorVersion),
        entities: buildEntityRecords(resolved, stored),
        mentions,
        statements: buildStatements(result.id, result.relations, result.roles, refs),
        quotes: buildQuotes(result.id, result.quotes, refs),
        cooccurrences: coMentionsFromMentions(mentions),
      };
    },
  };
}
