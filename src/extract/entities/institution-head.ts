import type { EntityType } from '../../model/entity-types';

/**
 * Last words that make a name an institution's: nobody's surname is "Airways" or "Exchange".
 * ("Church" and "Bank" are left out: they are surnames too, as in Thomas Haden Church.)
 */
const ORGANISATION_HEADS = new Set([
  'academy',
  'agency',
  'airlines',
  'airways',
  'association',
  'authority',
  'board',
  'club',
  'college',
  'commission',
  'committee',
  'communications',
  'corp',
  'corporation',
  'council',
  'department',
  'entertainment',
  'exchange',
  'federation',
  'foundation',
  'fund',
  'group',
  'holdings',
  'inc',
  'industries',
  'institute',
  'league',
  'ltd',
  'ministry',
  'motors',
  'networks',
  'party',
  'plc',
  'records',
  'securities',
  'society',
  'studios',
  'systems',
  'technologies',
  'telecom',
  'trust',
  'union',
  'university',
]);

/**
 * Of those, the ones a place's name can end with too, kept for the tagger's places: the Soviet
 * Union, the Corn Exchange (a hall), Trafalgar Studios (a theatre), a golf club.
 */
const PLACE_TOO = new Set(['union', 'exchange', 'studios', 'club']);

/** Last words of a building or a site, which the graph keeps as a Location (a landmark). */
const VENUE_HEADS = new Set(['theatre', 'theater', 'museum', 'gallery', 'hospital', 'stadium']);

/**
 * The type a name of two words or more has by its last word, when that word names an
 * institution or a venue ("Bombay Stock Exchange", "Kingfisher Airlines" → Organization;
 * "Kodak Theatre" → Location); undefined otherwise. For the tagger's persons: its Person
 * reading of such a name is a slip, and the name itself says what it is.
 */
export function institutionTypeOfName(name: string): EntityType | undefined {
  const head = lastWord(name);
  if (head === undefined) return undefined;
  if (ORGANISATION_HEADS.has(head)) return 'Organization';
  if (VENUE_HEADS.has(head)) return 'Location';
  return undefined;
}

/**
 * Organization for a place the tagger read whose last word names an institution and never a
 * place ("Cardiff University", "Jet Airways", "Calyon Securities"); undefined otherwise.
 */
export function institutionTypeOfPlaceName(name: string): EntityType | undefined {
  const head = lastWord(name);
  return head !== undefined && ORGANISATION_HEADS.has(head) && !PLACE_TOO.has(head)
    ? 'Organization'
    : undefined;
}

function lastWord(name: string): string | undefined {
  const space = name.lastIndexOf(' ');
  return space < 0 ? undefined : name.slice(space + 1).toLowerCase();
}
