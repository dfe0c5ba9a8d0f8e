import type { RelationCandidate } from './relation-candidate';
import { locatedIn } from './place-words';
import type { PlacedMention, SentenceView } from './sentence-view';
import { patternWord } from './sentence-view';
import { usStateForm } from './us-states';

/** Prepositions that put something at a place: "snow in Denver", "smoke hung over Boise". */
const LOCATIVE = new Set(['in', 'at', 'near', 'over', 'outside']);
/** Kinds of place that are never inside a state or county. */
const NOT_INSIDE = new Set(['country', 'capital', 'continent', 'region']);

/**
 * A sentence that opens by naming its state or county, "In Colorado, 13 inches of snow in Denver
 * …" or "Oregon: Fires near Bend …", places what it locates with "in", "at", "near" or "over"
 * inside that area (`frame:place-in-frame`). Only a US state written out or a county frames a
 * sentence so — a country or a city opening a sentence is as often where the news is read — and a
 * place with its own container written after it ("Paris, France") or named as a country or
 * capital is left alone.
 */
export function framePlaceRule(view: SentenceView): RelationCandidate[] {
  const frame = openingFrame(view);
  if (!frame) return [];
  const out: RelationCandidate[] = [];
  for (const m of view.mentions) {
    if (m === frame || m.entity === frame.entity || m.type !== 'Location') continue;
    if (NOT_INSIDE.has(m.kind ?? '') || usStateForm(m.text) || /\bCounty$/.test(m.text)) continue;
    if (!LOCATIVE.has(lower(view, located(view, m))) || word(view, m.endToken) === ',') continue;
    out.push(locatedIn(view, m, frame, 'frame:place-in-frame', 0.65));
  }
  return out;
}

/** "In Colorado ," or "Oregon :" opening the sentence: the framing area. */
function openingFrame(view: SentenceView): PlacedMention | undefined {
  const first = view.sentence.firstToken;
  const opensWithIn = lower(view, first) === 'in';
  const frame = view.mentions.find((m) => m.firstToken === (opensWithIn ? first + 1 : first));
  if (!frame || frame.type !== 'Location') return undefined;
  if (usStateForm(frame.text) !== 'name' && !/\bCounty$/.test(frame.text)) return undefined;
  const after = word(view, frame.endToken);
  return (opensWithIn && after === ',') || (!opensWithIn && after === ':') ? frame : undefined;
}

/** The token whose preposition locates `m`: before it, or before "the city of". */
function located(view: SentenceView, m: PlacedMention): number {
  let t = m.firstToken - 1;
  if (lower(view, t) === 'the') t -= 1;
  if (lower(view, t) === 'of' && lower(view, t - 1) === 'city')
    t -= lower(view, t - 2) === 'the' ? 3 : 2;
  return t;
}

function word(view: SentenceView, t: number): string {
  const token = view.tokens[t];
  return token && token.sentence === view.sentence.index ? patternWord(token) : '';
}

function lower(view: SentenceView, t: number): string {
  return word(view, t).toLowerCase();
}
