import type { AnalysedText, Token } from '../nlp';
import type { RawMention } from './raw-mention';
import { displayName, isCapitalisedWord, tokenText } from './token-predicates';

const PROJECT_HEADS = new Set([
  'pipeline',
  'railway',
  'railroad',
  'bridge',
  'dam',
  'canal',
  'tunnel',
  'corridor',
  'programme',
  'program',
  'project',
  'initiative',
  'plant',
  'reactor',
  'port',
  'airport',
  'highway',
  'motorway',
  'satellite',
  'mission',
  'telescope',
]);
const KIND_MODIFIERS = new Set([
  'gas',
  'oil',
  'natural',
  'nuclear',
  'power',
  'high-speed',
  'rail',
  'space',
  'energy',
  'water',
  'hydroelectric',
]);
const NAME_LINKS = new Set(['of', 'the', 'and', '-']);

/**
 * Projects: a capitalised name followed by what it is — "Power of Siberia 2 gas pipeline" →
 * Project "Power of Siberia 2", attributes.kind "gas pipeline". A name that is only a
 * country or demonym ("Chinese gas pipeline") is not a project name.
 */
export function projectPatterns(a: AnalysedText, isGeoToken: (i: number) => boolean): RawMention[] {
  const { tokens } = a;
  const out: RawMention[] = [];
  for (let h = 1; h < tokens.length; h += 1) {
    const head = tokens[h] as Token;
    // A capitalised head is part of a name the tagger reads: "Stamford Bridge", "Wayne Bridge".
    if (!PROJECT_HEADS.has(head.value.toLowerCase()) || isCapitalisedWord(head)) continue;
    let kindStart = h;
    while (
      kindStart > 0 &&
      KIND_MODIFIERS.has((tokens[kindStart - 1] as Token).value.toLowerCase())
    )
      kindStart -= 1;
    let nameStart = kindStart;
    while (
      nameStart > 0 &&
      isNamePart(tokens[nameStart - 1] as Token) &&
      tokens[nameStart - 1]?.sentence === tokens[h]?.sentence
    )
      nameStart -= 1;
    while (nameStart < kindStart && !startsName(tokens[nameStart] as Token)) nameStart += 1;
    if (nameStart >= kindStart) continue;
    if (isBroadcast(tokens, nameStart, kindStart, h)) continue;
    let geo = true;
    for (let i = nameStart; i < kindStart; i += 1)
      if (isCapitalisedWord(tokens[i]) && !isGeoToken(i)) geo = false;
    if (geo) continue;
    out.push({
      firstToken: nameStart,
      endToken: kindStart,
      type: 'Project',
      name: displayName(tokenText(tokens, nameStart, kindStart, a.text)),
      source: 'pattern:project',
      confidence: 0.8,
      attributes: { kind: displayName(tokenText(tokens, kindStart, h + 1, a.text)).toLowerCase() },
    });
  }
  return out;
}

function isNamePart(t: Token): boolean {
  return isCapitalisedWord(t) || t.kind === 'number' || NAME_LINKS.has(t.value.toLowerCase());
}

/** Sentence-initial "The", "Our", "Launching the" are not where a project's name starts. */
const NOT_NAME_POS = new Set([
  'DET',
  'PRON',
  'ADP',
  'ADV',
  'AUX',
  'VERB',
  'SCONJ',
  'CCONJ',
  'PART',
]);

function startsName(t: Token): boolean {
  return isCapitalisedWord(t) && !NOT_NAME_POS.has(t.pos);
}

const SHOW_HEADS = new Set(['programme', 'program']);
/** Words that name a broadcaster or a channel. */
const BROADCASTERS = new Set(['bbc', 'radio', 'tv', 'television', 'itv', 'channel', 'cnn', 'sky']);
/** How far before a programme's name a broadcaster is looked for ("BBC One's Breakfast with"). */
const BROADCASTER_WINDOW = 6;

/**
 * A broadcaster's programme is a show, not a project: "Radio 4's Today programme", "BBC One's
 * Breakfast with Frost programme". A programme with a kind ("nuclear programme") is not, nor
 * one with no broadcaster just before its name ("NASA's Apollo programme").
 */
function isBroadcast(
  tokens: readonly Token[],
  nameStart: number,
  kindStart: number,
  h: number,
): boolean {
  if (!SHOW_HEADS.has((tokens[h] as Token).value.toLowerCase()) || kindStart < h) return false;
  const sentence = tokens[h]?.sentence;
  for (let i = nameStart - 1; i >= 0 && i >= nameStart - BROADCASTER_WINDOW; i -= 1) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence) break;
    if (BROADCASTERS.has(token.value.toLowerCase())) return true;
  }
  return false;
}
