import type { ExtractedEntity, Mention } from '../../model/extraction';
import type { AnalysedText } from '../nlp';
import type { RawMention } from './raw-mention';

/** Attributes starting with "_" steer assembly and are not part of the output. */
const INTERNAL = '_';

/**
 * Group mentions by entity key into entities, ordered by first mention. The entity's name is
 * the gazetteer's, else the longest name its mentions carry; aliases are the other surface
 * forms; attributes merge (first writer wins) with the gazetteer's kind, country and place.
 */
export function assembleEntities(
  a: AnalysedText,
  mentions: readonly RawMention[],
  keyOf: (m: RawMention) => string,
): ExtractedEntity[] {
  const groups = new Map<string, RawMention[]>();
  const sorted = [...mentions].sort(
    (x, y) => x.firstToken - y.firstToken || y.endToken - x.endToken,
  );
  for (const m of sorted) {
    const key = keyOf(m);
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  const entities: ExtractedEntity[] = [];
  for (const [id, group] of groups) entities.push(entityOf(a, id, group));
  return entities;
}

function entityOf(a: AnalysedText, id: string, group: RawMention[]): ExtractedEntity {
  const entry = group.find((m) => m.entry)?.entry;
  const first = group[0] as RawMention;
  const name = entry?.name ?? bestName(group);
  const mentions: Mention[] = [];
  const aliases = new Set<string>();
  const candidates = new Set<string>();
  const attributes: Record<string, string> = {};
  let confidence = 0;
  const seenSpans = new Set<string>();
  for (const m of group) {
    const start = a.tokens[m.firstToken]?.start ?? 0;
    const end = a.tokens[m.endToken - 1]?.end ?? start;
    const spanKey = `${start}:${end}`;
    if (seenSpans.has(spanKey)) continue;
    seenSpans.add(spanKey);
    const text = a.text.slice(start, end);
    const mention: Mention = {
      start,
      end,
      text,
      sentence: a.tokens[m.firstToken]?.sentence ?? 0,
      source: m.source,
      confidence: m.confidence,
    };
    if (m.candidates?.length) {
      mention.candidates = [...m.candidates];
      for (const c of m.candidates) candidates.add(c);
    }
    mentions.push(mention);
    if (text !== name && m.source !== 'gazetteer:demonym') aliases.add(text.replace(/[’`]/g, "'"));
    confidence = Math.max(confidence, m.confidence);
    for (const [k, v] of Object.entries(m.attributes ?? {}))
      if (!(k in attributes)) attributes[k] = v;
  }
  if (entry?.kind && !attributes.kind) attributes.kind = entry.kind;
  if (entry?.countryKey && !attributes.country) attributes.country = entry.countryKey;
  if (entry?.locatedInKey) attributes.locatedIn = entry.locatedInKey;
  for (const k of Object.keys(attributes)) if (k.startsWith(INTERNAL)) delete attributes[k];
  aliases.delete(name);
  const entity: ExtractedEntity = {
    id,
    type: first.type,
    name,
    aliases: [...aliases],
    mentions,
    confidence,
  };
  if (entry?.qid) entity.wikidataId = entry.qid;
  if (Object.keys(attributes).length > 0) entity.attributes = attributes;
  candidates.delete(id);
  if (candidates.size > 0) entity.candidates = [...candidates];
  return entity;
}

function bestName(group: readonly RawMention[]): string {
  const ranked = [...group].sort(
    (x, y) =>
      Number(y.attributes?._rank ?? 0) - Number(x.attributes?._rank ?? 0) ||
      y.name.length - x.name.length,
  );
  return (ranked[0] as RawMention).name;
}
