import type { Modality } from '../../model/entity-types';
import { SYMMETRIC_RELATION_TYPES } from '../../model/entity-types';
import type { ExtractedDate, ExtractedRelation, Span, StatedDate } from '../../model/extraction';
import type { AnalysedText } from '../nlp';
import { classifyModality } from './classify-modality';
import type { RelationCandidate } from './relation-candidate';

/** A claim that is not asserted still counts, but for less. */
const MODALITY_WEIGHT: Record<Modality, number> = {
  asserted: 1,
  reported: 0.85,
  hedged: 0.6,
  negated: 0.9,
};

/**
 * Turn rule candidates into relations: the sentence as evidence, modality, the date stated in
 * that sentence, symmetric types oriented subject < object, and one relation per type, pair and
 * sentence (the most confident rule wins; ties go to the rule name, for determinism).
 */
export function finishRelations(
  analysed: AnalysedText,
  candidates: readonly RelationCandidate[],
  dates: readonly ExtractedDate[],
  quoted: readonly Span[],
): ExtractedRelation[] {
  const best = new Map<string, ExtractedRelation>();
  for (const c of candidates) {
    if (c.subject === c.object) continue;
    const sentence = analysed.sentences[c.sentence];
    if (!sentence) continue;
    const modality = c.nounPhrase
      ? insideQuote(analysed, c, quoted)
        ? 'reported'
        : 'asserted'
      : classifyModality(analysed, c, quoted, new Set(c.ownWords ?? []));
    let [subject, object] = [c.subject, c.object];
    if (SYMMETRIC_RELATION_TYPES.has(c.type) && object < subject)
      [subject, object] = [object, subject];
    const date = dateNearClaim(dates, analysed, c);
    const relation: ExtractedRelation = {
      type: c.type,
      subject,
      object,
      confidence: round(c.confidence * MODALITY_WEIGHT[modality]),
      rule: c.rule,
      modality,
      evidence: {
        text: analysed.text.slice(sentence.start, sentence.end),
        start: sentence.start,
        end: sentence.end,
        sentence: sentence.index,
      },
      ...(date ? { date } : {}),
    };
    const key = `${c.type}|${subject}|${object}|${sentence.index}`;
    const existing = best.get(key);
    if (
      !existing ||
      relation.confidence > existing.confidence ||
      (relation.confidence === existing.confidence && relation.rule < existing.rule)
    ) {
      best.set(key, relation);
    }
  }
  return dropStaffUnderLeadership([...best.values()]).sort(
    (a, b) =>
      a.evidence.start - b.evidence.start ||
      cmp(a.type, b.type) ||
      cmp(a.subject, b.subject) ||
      cmp(a.object, b.object),
  );
}

/**
 * "Union general secretary Tony Woodley" reads as both a title of staff and one of leadership:
 * leading an organisation says more than working for it, so the WORKS_FOR one sentence states
 * beside a LEADER_OF of the same pair is dropped.
 */
function dropStaffUnderLeadership(relations: ExtractedRelation[]): ExtractedRelation[] {
  const led = new Set(
    relations
      .filter((r) => r.type === 'LEADER_OF')
      .map((r) => `${r.subject}|${r.object}|${r.evidence.sentence}`),
  );
  return relations.filter(
    (r) => r.type !== 'WORKS_FOR' || !led.has(`${r.subject}|${r.object}|${r.evidence.sentence}`),
  );
}

/** How far outside the subject–object span a date still belongs to the claim ("met Xi on Thursday"). */
const DATE_REACH = 6;

/**
 * The most precise date stated close to the claim in its sentence; the first among equals. A
 * date elsewhere in the sentence usually dates another clause ("… established with Russia in 2022").
 */
function dateNearClaim(
  dates: readonly ExtractedDate[],
  analysed: AnalysedText,
  claim: RelationCandidate,
): StatedDate | undefined {
  const sentence = analysed.sentences[claim.sentence] as Span;
  const from = analysed.tokens[Math.max(0, claim.firstToken - DATE_REACH)]?.start ?? sentence.start;
  const to =
    analysed.tokens[Math.min(analysed.tokens.length - 1, claim.endToken - 1 + DATE_REACH)]?.end ??
    sentence.end;
  const rank = { day: 0, month: 1, year: 2 } as const;
  let best: ExtractedDate | undefined;
  for (const d of dates) {
    if (d.start < Math.max(from, sentence.start) || d.end > Math.min(to, sentence.end)) continue;
    if (!best || rank[d.precision] < rank[best.precision]) best = d;
  }
  return best ? { value: best.value, precision: best.precision } : undefined;
}

function insideQuote(
  analysed: AnalysedText,
  c: RelationCandidate,
  quoted: readonly Span[],
): boolean {
  const start = analysed.tokens[c.firstToken]?.start ?? -1;
  return quoted.some((q) => start >= q.start && start < q.end);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
