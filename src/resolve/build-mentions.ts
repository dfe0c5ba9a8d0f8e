import type { MentionRecord } from '../model/graph';
import { byCodeUnits, scaledConfidence, type EntityReferences } from './entity-references';
import type { ResolvedInArticle } from './match-in-article';

function mentionCandidates(resolvedEntity: ResolvedInArticle, refs: EntityReferences): string[] {
  const { entity, resolution } = resolvedEntity;
  const keys = new Set(resolution.candidates);
  for (const candidate of entity.extracted.candidates ?? []) {
    const key = refs.candidateKey(candidate);
    if (key !== null) keys.add(key);
  }
  keys.delete(resolution.key);
  return [...keys].sort(byCodeUnits);
}

/**
 * The mentions of every resolved entity under its global key, certainty folded into confidence,
 * candidates attached when ambiguous. A span two merged entities both claimed is kept once (the
 * more confident); sorted by position, then key.
 */
export function buildMentions(
  resolved: readonly ResolvedInArticle[],
  refs: EntityReferences,
): MentionRecord[] {
  const bySpan = new Map<string, MentionRecord>();
  for (const item of resolved) {
    const { entity, resolution } = item;
    const candidates = mentionCandidates(item, refs);
    for (const mention of entity.extracted.mentions) {
      const record: MentionRecord = {
        entityKey: resolution.key,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        sentence: mention.sentence,
        confidence: scaledConfidence(mention.confidence, resolution.certainty),
        source: mention.source,
      };
      if (candidates.length > 0) record.candidates = candidates;
      const id = `${record.start}:${record.end}:${record.entityKey}`;
      const existing = bySpan.get(id);
      if (!existing || existing.confidence < record.confidence) bySpan.set(id, record);
    }
  }
  return [...bySpan.values()].sort(
    (a, b) => a.start - b.start || a.end - b.end || byCodeUnits(a.entityKey, b.entityKey),
  );
}
