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
    if (!PROJECT_HEADS.has((tokens[h] as Token).value.toLowerCase())) continue;
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
    while (nameStart < kindStart && !isCapitalisedWord(tokens[nameStart])) nameStart += 1;
    if (nameStart >= kindStart) continue;
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
