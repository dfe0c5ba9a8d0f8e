import type { AnalysedText, Token } from '../nlp';
import type { RawMention } from './raw-mention';
import {
  displayName,
  isApostropheS,
  isCapitalisedWord,
  tokenText,
  tokenWords,
} from './token-predicates';

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
  // One sense per article: once a sentence shows "Skulls program" is software, every
  // "Skulls program" of the article is.
  const technical = new Set<string>();
  const senses: string[] = [];
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
    if (!isNamedThing(tokens, nameStart, kindStart, h)) continue;
    let geo = true;
    for (let i = nameStart; i < kindStart; i += 1)
      if (isCapitalisedWord(tokens[i]) && !isGeoToken(i)) geo = false;
    if (geo) continue;
    const sense = senseKey(tokens, nameStart, kindStart, h);
    if (isTechnicalSense(tokens, nameStart, h)) technical.add(sense);
    out.push({
      firstToken: nameStart,
      endToken: kindStart,
      type: 'Project',
      name: displayName(tokenText(tokens, nameStart, kindStart, a.text)),
      source: 'pattern:project',
      confidence: 0.8,
      attributes: { kind: displayName(tokenText(tokens, kindStart, h + 1, a.text)).toLowerCase() },
    });
    senses.push(sense);
  }
  return technical.size === 0 ? out : out.filter((_, i) => !technical.has(senses[i] as string));
}

function senseKey(
  tokens: readonly Token[],
  nameStart: number,
  kindStart: number,
  h: number,
): string {
  return `${tokenWords(tokens, nameStart, kindStart)}|${(tokens[h] as Token).value}`.toLowerCase();
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

/** Words before a name that make it one thing of a kind, not a name: "an Ethernet port". */
const GENERIC_DETERMINERS = new Set([
  'a',
  'an',
  'another',
  'any',
  'each',
  'every',
  'entire',
  'whole',
]);
/** Short prepositions inside a longer title: "Sold on Song", "Search for Extra Terrestrial Life". */
const TITLE_LINKS = new Set(['on', 'for', 'in', 'at', 'to', 'with', 'by', 'from']);

/**
 * Whether the capitalised words before the head are the whole name of one thing. Not when:
 * - a determiner or a number makes it a thing of a kind or a measure ("an Ethernet port",
 *   "an entire DVD project", "a 100 MW plant");
 * - the name is one adjective ("the Soviet project");
 * - the span is the tail of a longer capitalised title that the name scan could not start at
 *   ("its Connected World initiative", "the Sold on Song initiative"): half a name is worse
 *   than none;
 * - the name is a number word ("One project examined brainwaves").
 */
function isNamedThing(
  tokens: readonly Token[],
  nameStart: number,
  kindStart: number,
  h: number,
): boolean {
  const before = tokens[nameStart - 1];
  if (before && before.sentence === tokens[h]?.sentence) {
    if (before.kind === 'number' || hasGenericDeterminer(tokens, nameStart)) return false;
    if (continuesTitle(tokens, nameStart)) return false;
  }
  if (kindStart - nameStart === 1 && (tokens[nameStart] as Token).pos === 'ADJ') return false;
  let allNumbers = true;
  for (let i = nameStart; i < kindStart; i += 1)
    if ((tokens[i] as Token).pos !== 'NUM') allNumbers = false;
  return !allNumbers;
}

/** "an Ethernet port", "a three-year Linux program": a determiner before the name's adjectives. */
function hasGenericDeterminer(tokens: readonly Token[], nameStart: number): boolean {
  const sentence = tokens[nameStart]?.sentence;
  let i = nameStart - 1;
  while (i >= 0 && tokens[i]?.sentence === sentence && isLowerCaseModifier(tokens, i)) i -= 1;
  const word = tokens[i];
  return (
    word !== undefined &&
    word.sentence === sentence &&
    GENERIC_DETERMINERS.has(word.value.toLowerCase())
  );
}

/** "new", "three", and a compound's noun after its hyphen ("three-year"). */
function isLowerCaseModifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.value === '-') return true;
  if (isCapitalisedWord(t)) return false;
  return t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'NOUN' && tokens[i - 1]?.value === '-');
}

/** A capitalised word just before the name, or one before a title's short preposition. */
function continuesTitle(tokens: readonly Token[], nameStart: number): boolean {
  const before = tokens[nameStart - 1] as Token;
  if (isCapitalisedWord(before) && !startsSentence(tokens, nameStart - 1)) return true;
  const earlier = tokens[nameStart - 2];
  return (
    TITLE_LINKS.has(before.value) &&
    earlier !== undefined &&
    earlier.sentence === before.sentence &&
    isCapitalisedWord(earlier) &&
    !startsSentence(tokens, nameStart - 2)
  );
}

function startsSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i - 1]?.sentence !== tokens[i]?.sentence;
}

/** Words near a "program" that make it software. */
const SOFTWARE_CUES = new Set([
  'software',
  'computer',
  'malicious',
  'virus',
  'viruses',
  'spyware',
  'adware',
  'trojan',
  'worm',
  'download',
  'downloaded',
  'install',
  'installed',
  'version',
  'beta',
  'code',
  'modem',
  'pc',
  'pcs',
  'windows',
  'file',
  'files',
  'hackers',
]);

/** Words near a "port" that make it a socket on a machine, not a harbour. */
const HARDWARE_CUES = new Set([
  'usb',
  'broadband',
  'firewire',
  'ethernet',
  'connection',
  'connections',
  'cable',
  'cables',
  'hdmi',
  'serial',
  'socket',
  'sockets',
  'ports',
  'peripheral',
  'peripherals',
  'computer',
  'laptop',
  'pc',
  'console',
]);

/** Heads with a technical sense besides the project one, and the words that show it. */
const TECHNICAL_SENSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['program', SOFTWARE_CUES],
  ['port', HARDWARE_CUES],
]);

/**
 * A "program" (not "programme") in a sentence about software ("the malicious Skulls program",
 * "a test version of the Exeem program"), a "port" in one about hardware ("Ethernet port for
 * broadband"): a product, not a project.
 */
function isTechnicalSense(tokens: readonly Token[], nameStart: number, h: number): boolean {
  const cues = TECHNICAL_SENSES.get((tokens[h] as Token).value.toLowerCase());
  if (!cues) return false;
  const sentence = tokens[h]?.sentence;
  for (let i = nameStart - 1; i >= 0 && tokens[i]?.sentence === sentence; i -= 1)
    if (cues.has((tokens[i] as Token).value.toLowerCase())) return true;
  for (let i = h + 1; i < tokens.length && tokens[i]?.sentence === sentence; i += 1)
    if (cues.has((tokens[i] as Token).value.toLowerCase())) return true;
  return false;
}

const SHOW_HEADS = new Set(['programme', 'program']);
/** A word that names a broadcaster or a channel: "BBC", "ITV1", "GMTV", "Radio", "Channel". */
const BROADCASTER_NAME = /^(?:bbc|itv|gmtv|cnn|sky|radio|tv|television|channel|mtv)\d*$/i;
/** Verbs and nouns of broadcasting just before "the X programme": "told the Today programme". */
const ON_AIR_CUES = new Set([
  'told',
  'tells',
  'telling',
  'hosting',
  'hosted',
  'hosts',
  'presenter',
  'presenting',
  'presents',
  'interviewed',
  'broadcast',
  'aired',
  'airs',
  'viewers',
  'listeners',
]);
/** How far before a programme's name a broadcaster is looked for ("BBC One's Breakfast with"). */
const BROADCASTER_WINDOW = 6;

/**
 * A broadcaster's programme is a show, not a project: "Radio 4's Today programme", "BBC One's
 * Breakfast with Frost programme", "the Radio 4 programme", "GMTV's Sunday programme", and one
 * someone "told" or is "hosting" ("told the Today programme", "hosting a New Year's Eve
 * programme"). A programme with a kind ("nuclear programme") is not, nor one with no
 * broadcaster or broadcasting word just before its name ("NASA's Apollo programme").
 */
function isBroadcast(
  tokens: readonly Token[],
  nameStart: number,
  kindStart: number,
  h: number,
): boolean {
  if (!SHOW_HEADS.has((tokens[h] as Token).value.toLowerCase()) || kindStart < h) return false;
  const sentence = tokens[h]?.sentence;
  for (let i = nameStart; i < kindStart; i += 1)
    if (BROADCASTER_NAME.test((tokens[i] as Token).value)) return true;
  for (let i = nameStart - 1; i >= 0 && i >= nameStart - BROADCASTER_WINDOW; i -= 1) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence) break;
    if (BROADCASTER_NAME.test(token.value)) return true;
  }
  return isToldOnAir(tokens, nameStart) || isDatedEdition(tokens, nameStart);
}

/** Owners that date a broadcast: "Wednesday's Today programme", "that day's Today programme". */
const TIME_OWNERS = new Set([
  'day',
  'night',
  'morning',
  'evening',
  'week',
  'weekend',
  'today',
  'yesterday',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

function isDatedEdition(tokens: readonly Token[], nameStart: number): boolean {
  const possessive = tokens[nameStart - 1];
  const owner = tokens[nameStart - 2];
  return (
    possessive !== undefined &&
    owner !== undefined &&
    possessive.sentence === tokens[nameStart]?.sentence &&
    owner.sentence === possessive.sentence &&
    isApostropheS(possessive) &&
    TIME_OWNERS.has(owner.value.toLowerCase())
  );
}

/** Words between a broadcasting verb and a programme's name: "told the", "hosting her". */
const ON_AIR_GAP = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

/** "told the Today programme", "presenter of the X programme": a broadcasting word just before. */
function isToldOnAir(tokens: readonly Token[], nameStart: number): boolean {
  const sentence = tokens[nameStart]?.sentence;
  let i = nameStart - 1;
  while (
    i >= 0 &&
    tokens[i]?.sentence === sentence &&
    ON_AIR_GAP.has((tokens[i] as Token).value.toLowerCase())
  )
    i -= 1;
  if (i >= 0 && (tokens[i] as Token).value.toLowerCase() === 'of') i -= 1;
  const cue = tokens[i];
  return cue !== undefined && cue.sentence === sentence && ON_AIR_CUES.has(cue.value.toLowerCase());
}
