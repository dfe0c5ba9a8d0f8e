import { canonicalKey } from '../../model/ids';
import type { ExtractedEntity } from '../../model/extraction';
import type { Gazetteer } from '../gazetteer';
import type { AnalysedText } from '../nlp';
import { possessivePatterns } from './affiliation-patterns';
import { assembleEntities } from './assemble-entities';
import { withConsistentTypes } from './consistent-span-types';
import { withoutHeadingSpans } from './heading-spans';
import { taggerOpinion } from './tagger-opinion';
import { surnameMentions, titleOnlyMentions } from './coreference';
import { eventPatterns } from './event-patterns';
import { gazetteerMentions } from './gazetteer-mentions';
import { MentionIndex } from './mention-index';
import { nerMention } from './ner-mentions';
import type { NerSpan, NerTagger } from './ner-tagger';
import { titleEndingAt, titledPersons } from './person-titles';
import { projectPatterns } from './project-patterns';
import type { RawMention } from './raw-mention';
import { settleGazetteerAndTagger } from './settle-gazetteer-and-tagger';
import { markClubsOfSport } from './town-club-sport';
import { withoutWorkTitles } from './work-titles';
import { withCompanyCues } from './company-cues';

export interface EntityRecogniserOptions {
  gazetteer: Gazetteer;
  /** The statistical tagger from src/extract/ner; without it only gazetteer and patterns run. */
  nerTagger?: NerTagger;
}

export interface RecognitionContext {
  publishedAt?: string;
}

export type EntityRecogniser = (a: AnalysedText, ctx?: RecognitionContext) => ExtractedEntity[];

/**
 * Build the entity recogniser: gazetteer matches, title/affiliation/institution/event/project
 * patterns, the optional statistical tagger, then within-article coreference (surnames,
 * "the Chinese leader"). Each entity's `id` is `canonicalKey(type, name, qid)`.
 *
 * Attributes the relation extractor can rely on:
 * - Person: `title` ("President", "Leader", "Foreign Minister") from the nearest titled
 *   mention; `titleOf` = key of the country or organisation the title belongs to
 *   ("Russian President Vladimir Putin" → `wd:Q159`); `affiliation` = key of the organisation
 *   or country in "Al Jazeera’s Yulia Shapovalova".
 * - Organization from "Ukraine’s foreign ministry": `country` (key) and `kind`.
 * - Location: `kind` ("city", "capital", "landmark"), `country` (key), `locatedIn` (key).
 * - Event: `kind` ("war", "commemoration", "visit", "summit"…); a visit has `visitor` (key).
 * - Project: `kind` ("gas pipeline").
 * Mention `source`s: 'gazetteer', 'gazetteer:demonym' (adjectival "Chinese"; count it as a
 * country mention only where that is wanted), 'gazetteer:metonym' (a capital used as its
 * country, the city kept in `candidates`), 'pattern:title', 'pattern:affiliation',
 * 'pattern:institution', 'pattern:event', 'pattern:commemoration', 'pattern:visit',
 * 'pattern:project', 'ner', 'coref:surname', 'coref:first-name', 'coref:title'. Mentions may nest (the country
 * inside "Ukraine’s foreign ministry").
 */
export function createEntityRecogniser(options: EntityRecogniserOptions): EntityRecogniser {
  const { gazetteer, nerTagger } = options;
  const keyOf = (m: RawMention): string => {
    if (m.entry) return m.entry.key;
    if (m.type === 'Person') {
      const known = gazetteer.lookupName(m.name).find((e) => e.type === 'Person');
      if (known) {
        m.entry = known;
        return known.key;
      }
    }
    return canonicalKey(m.type, m.name);
  };

  return (a: AnalysedText): ExtractedEntity[] => {
    const index = new MentionIndex(a.tokens.length);
    const mentions: RawMention[] = [];
    const accept = (m: RawMention): boolean => {
      if (!index.isFree(m.firstToken, m.endToken)) return false;
      index.claim(m);
      mentions.push(m);
      return true;
    };
    /** A mention that contains others (an institution holding its country): claims what is free. */
    const acceptContainer = (m: RawMention): void => {
      for (let i = m.firstToken; i < m.endToken; i += 1)
        if (!index.at(i)) index.claim({ ...m, firstToken: i, endToken: i + 1 });
      mentions.push({ ...m, nested: true });
    };

    const spans = nerTagger
      ? withCompanyCues(
          a,
          withoutWorkTitles(a, withConsistentTypes(a, withoutHeadingSpans(a, nerTagger(a)))),
          gazetteer,
        )
      : [];
    const settled = settleGazetteerAndTagger(gazetteerMentions(gazetteer, a), spans, a.tokens);
    for (const m of settled.gazetteer) accept(m);
    // Coreference asks for the tagger's persons before they are accepted: read each span once.
    const readings = new Map<NerSpan, RawMention | undefined>();
    const nerMentionOf = (span: NerSpan): RawMention | undefined => {
      if (!readings.has(span)) readings.set(span, nerMention(a, span, gazetteer));
      return readings.get(span);
    };
    for (const m of settled.overruling.map(nerMentionOf)) if (m) accept(m);

    const deferred: RawMention[] = [];
    for (const p of titledPersons(a, (i) => index.at(i))) {
      const title = titleEndingAt(a.tokens, p.firstToken);
      const owner = title ? index.at(title.titleFirst - 1) : undefined;
      if (owner && (owner.type === 'Country' || owner.type === 'Organization') && owner.entry) {
        p.attributes = { ...p.attributes, titleOf: owner.entry.key };
        if (owner.entry.iso2) p.attributes.titleOfIso2 = owner.entry.iso2;
      }
      const existing = index.at(p.firstToken);
      if (
        existing?.type === 'Person' &&
        existing.firstToken === p.firstToken &&
        existing.endToken === p.endToken
      ) {
        existing.attributes = { ...p.attributes, ...existing.attributes };
        existing.source = existing.source === 'gazetteer' ? 'gazetteer' : p.source;
      } else if (p.endToken - p.firstToken === 1) deferred.push(p);
      else accept(p);
    }

    for (const m of possessivePatterns(
      a,
      mentions.filter((x) => !x.nested),
    )) {
      if (m.type === 'Person') {
        const existing = index.at(m.firstToken);
        if (existing?.type === 'Person')
          existing.attributes = { ...m.attributes, ...existing.attributes };
        else accept(m);
      } else acceptContainer(m);
    }

    const persons = (): RawMention[] =>
      mentions.filter((m) => m.type === 'Person' && !m.source.startsWith('coref'));
    const opinion = taggerOpinion(spans, a.tokens, (span) =>
      index.isFree(span.firstToken, span.endToken) ? nerMentionOf(span) : undefined,
    );
    for (const m of surnameMentions(a, persons(), (i) => index.at(i), keyOf, opinion)) accept(m);
    for (const p of deferred) accept(p);

    const countries = mentions.filter((m) => m.type === 'Country');
    for (const m of titleOnlyMentions(a, countries, persons(), gazetteer, keyOf))
      acceptContainer(m);

    for (const m of eventPatterns(
      a,
      mentions.filter((x) => !x.nested),
    ))
      acceptContainer(m);
    unifyCommemorations(mentions);
    dropDaysInsideCommemorations(mentions);

    const isGeo = (i: number): boolean => {
      const t = index.at(i)?.type;
      return t === 'Country' || t === 'Location';
    };
    for (const m of projectPatterns(a, isGeo)) accept(m);

    for (const m of spans.map(nerMentionOf)) if (m) accept(m);

    for (const m of mentions) if (m.attributes) delete m.attributes.titleOfIso2;
    markClubsOfSport(a.text, mentions, gazetteer);
    return assembleEntities(a, mentions, keyOf);
  };
}

/** One article's commemorations are one event, named after the best-ranked form. */
function unifyCommemorations(mentions: RawMention[]): void {
  const group = mentions.filter((m) => m.attributes?.kind === 'commemoration');
  if (group.length < 2) return;
  const best = [...group].sort(
    (x, y) => Number(y.attributes?._rank) - Number(x.attributes?._rank),
  )[0] as RawMention;
  for (const m of group) m.name = best.name;
}

/** "Victory Day" inside "Victory Day events" is that commemoration, not a second event. */
function dropDaysInsideCommemorations(mentions: RawMention[]): void {
  const containers = mentions.filter((m) => m.source === 'pattern:commemoration');
  for (let i = mentions.length - 1; i >= 0; i -= 1) {
    const m = mentions[i] as RawMention;
    if (m.entry?.kind !== 'commemoration') continue;
    if (containers.some((c) => c.firstToken <= m.firstToken && m.endToken <= c.endToken))
      mentions.splice(i, 1);
  }
}
