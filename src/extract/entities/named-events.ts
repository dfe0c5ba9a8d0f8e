/**
 * Last words that make a name an event: tournaments, races, wars, gatherings. "World Cup",
 * "U.S. Open", "Tour de France" (via "tour"), "Gulf War", "Asian Games".
 */
const EVENT_HEADS = new Map<string, string>([
  ['cup', 'tournament'],
  ['open', 'tournament'],
  ['championship', 'tournament'],
  ['championships', 'tournament'],
  ['tournament', 'tournament'],
  ['trophy', 'tournament'],
  ['masters', 'tournament'],
  ['classic', 'tournament'],
  ['grand prix', 'race'],
  ['prix', 'race'],
  ['marathon', 'race'],
  ['rally', 'race'],
  ['derby', 'race'],
  ['stakes', 'race'],
  ['tour', 'race'],
  ['games', 'games'],
  ['olympics', 'games'],
  ['olympiad', 'games'],
  ['war', 'war'],
  ['summit', 'summit'],
  ['conference', 'conference'],
  ['festival', 'festival'],
  ['election', 'election'],
  ['elections', 'election'],
  ['referendum', 'election'],
]);

/**
 * The kind of event a name denotes by its last word ("Asian Games"), or by its first word for
 * races named "Tour of …"; a year after the name is skipped ("Olympics 2012"), and makes a
 * European championship of "Euro 96".
 */
export function eventKindOfName(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  let dated = false;
  while (words.length > 1 && /^(?:19|20)?\d\d$/.test(words[words.length - 1] ?? '')) {
    words.pop();
    dated = true;
  }
  const last = words[words.length - 1] ?? '';
  if (words.length === 1) {
    if (last === 'olympics') return 'games';
    return dated && last === 'euro' ? 'tournament' : undefined;
  }
  if (words[0] === 'tour') return 'race';
  return EVENT_HEADS.get(words.slice(-2).join(' ')) ?? EVENT_HEADS.get(last);
}
