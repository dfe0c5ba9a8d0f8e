import type { Gazetteer } from '../gazetteer';
import type { RawMention } from './raw-mention';

/** The sports whose clubs British news names by their town ("Newcastle", "Leicester"). */
export const SPORTS = ['football', 'rugby union', 'rugby league', 'cricket'] as const;
export type Sport = (typeof SPORTS)[number];

/**
 * Words that only one sport's reports use: positions, competitions, governing bodies, the ways
 * points are won. Words two sports share ("goal", "penalty", "Premiership", "coach") are left
 * out, as are words common outside sport ("lock", "prop"; "try" only as a noun).
 */
const SPORT_WORDS: Readonly<Record<Sport, RegExp>> = {
  football:
    /\b(?:footballers?|managers?|strikers?|midfield(?:ers?)?|goalkeepers?|goalless|keepers?|defenders?|wingers?|Uefa|Fifa|FA Cup|Carling Cup|Champions League|Uefa Cup|Premier League|clean sheet|red card|yellow card|offside|Gunners|Magpies)\b/g,
  'rugby union':
    /\b(?:rugby(?! league)|tries|(?:a|the|his|their|late|first|second|penalty) try|conversions?|fly-half|scrum-half|scrums?|line-?outs?|Six Nations|Heineken Cup|Powergen Cup|Zurich Premiership|Celtic League|flankers?|hookers?|number eight|RFU|WRU|IRB|All Blacks?|Wallabies|Springboks)\b/g,
  'rugby league': /\b(?:rugby league|Super League)\b/g,
  cricket:
    /\b(?:cricket(?:ers?)?|wickets?|innings|batsm[ae]n|bowlers?|Test match(?:es)?|one-day internationals?|ODIs?|county championship|Ashes)\b/g,
};

/** A sport is an article's when its words come this often... */
const MIN_SPORT_WORDS = 3;
/** ...and this many times as often as any other sport's. */
const SPORT_DOMINANCE = 2;

/**
 * The sport an article reports on, from the words only that sport's reports use (see
 * `SPORT_WORDS`); undefined when no sport's words come often enough, or two sports' do.
 */
export function articleSport(text: string): Sport | undefined {
  const counted = SPORTS.map((sport) => ({
    sport,
    count: text.match(SPORT_WORDS[sport])?.length ?? 0,
  })).sort((a, b) => b.count - a.count);
  const [best, next] = counted;
  if (!best || best.count < MIN_SPORT_WORDS) return undefined;
  if (next && best.count < SPORT_DOMINANCE * next.count) return undefined;
  return best.sport;
}

/**
 * The sport, of those whose clubs a town's name is the usual short name for, that British news
 * means by a town's club named alone: its football club ("Newcastle" is Newcastle United unless
 * the report is of another sport).
 */
export const UNMARKED_SPORT: Sport = 'football';

/**
 * Marks the clubs of a sports report. Each club the tagger found under its town's name alone (an
 * organisation named like a place the gazetteer knows: "Newcastle", "Leicester"; not a person's
 * surname in the same report) is named with the report's sport when that is not football:
 * "Newcastle (rugby union)". The town's football club and its rugby club are two organisations
 * news names alike, and only the report's sport tells them apart; a football report, or one of
 * no clear sport, keeps the town's name (see `UNMARKED_SPORT`). These clubs, and the tagger's
 * organisations whose names begin with a town's ("Newcastle Falcons"), get the report's sport
 * as attribute `sport`, which tells the end-of-run passes whose full name a town's club may be.
 */
export function markClubsOfSport(
  text: string,
  mentions: readonly RawMention[],
  gazetteer: Pick<Gazetteer, 'lookupName'>,
): void {
  const isPlace = (name: string) =>
    gazetteer.lookupName(name).some((e) => e.type === 'Location' || e.type === 'Country');
  const named = mentions.filter((m) => m.type === 'Organization' && m.source === 'ner' && !m.entry);
  if (named.length === 0) return;
  // "Paterson" beside Chris Paterson is the player, whatever town is called so.
  const surnames = new Set(
    mentions.filter((m) => m.type === 'Person').map((m) => m.name.split(' ').at(-1)),
  );
  const isTownClub = (m: RawMention) => Boolean(m.candidates?.length) && !surnames.has(m.name);
  const clubs = named.filter((m) => isTownClub(m) || beginsWithPlace(m.name, isPlace));
  // The sport is read (four scans of the text) only for an article with clubs to mark.
  if (clubs.length === 0) return;
  const sport = articleSport(text);
  if (sport === undefined) return;
  for (const m of clubs) {
    m.attributes = { ...m.attributes, sport };
    if (isTownClub(m) && sport !== UNMARKED_SPORT) m.name = `${m.name} (${sport})`;
  }
}

/** Whether a name of two words or more begins with a place's name ("Newcastle Falcons"). */
function beginsWithPlace(name: string, isPlace: (name: string) => boolean): boolean {
  const words = name.split(' ');
  for (let end = 1; end < words.length; end += 1) {
    if (isPlace(words.slice(0, end).join(' '))) return true;
  }
  return false;
}
