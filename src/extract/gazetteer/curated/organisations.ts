import type { CuratedEntry } from './curated-entry';

/**
 * International organisations, news organisations, institutions and a few companies and
 * parties frequent in news. Names, abbreviations and QIDs from Wikidata (CC0), entered by hand.
 */
const org = (
  name: string,
  qid: string | undefined,
  kind: string,
  more: Partial<CuratedEntry> = {},
): CuratedEntry => ({ type: 'Organization', name, ...(qid ? { qid } : {}), kind, ...more });

export const ORGANISATIONS: CuratedEntry[] = [
  org('United Nations', 'Q1065', 'international organisation', {
    abbreviations: ['UN', 'U.N.'],
    aliases: ['the United Nations'],
  }),
  org('United Nations Security Council', 'Q37470', 'international organisation', {
    aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council'],
    abbreviations: ['UNSC'],
  }),
  org('NATO', 'Q7184', 'international organisation', {
    aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
    abbreviations: ['NATO', 'Nato'],
  }),
  org('European Union', 'Q458', 'international organisation', { abbreviations: ['EU', 'E.U.'] }),
  org('European Commission', 'Q8880', 'international organisation'),
  org('European Central Bank', 'Q8901', 'central bank', { abbreviations: ['ECB'] }),
  org('World Health Organization', 'Q7817', 'international organisation', {
    abbreviations: ['WHO'],
    aliases: ['World Health Organisation'],
  }),
  org('International Monetary Fund', 'Q7804', 'international organisation', {
    abbreviations: ['IMF'],
  }),
  org('World Bank', 'Q7164', 'international organisation'),
  org('World Trade Organization', 'Q7825', 'international organisation', {
    abbreviations: ['WTO'],
    aliases: ['World Trade Organisation'],
  }),
  org('OPEC', 'Q7795', 'international organisation', {
    aliases: ['Organization of the Petroleum Exporting Countries'],
    abbreviations: ['OPEC', 'Opec'],
  }),
  org('G20', 'Q19771', 'international forum', { abbreviations: ['G20', 'G-20'] }),
  org('African Union', 'Q7159', 'international organisation'),
  org('ASEAN', 'Q7768', 'international organisation', {
    aliases: ['Association of Southeast Asian Nations'],
    abbreviations: ['ASEAN', 'Asean'],
  }),
  org('BRICS', undefined, 'international forum', { abbreviations: ['BRICS', 'Brics'] }),
  org('Al Jazeera', undefined, 'news organisation', { aliases: ['Al-Jazeera', 'Aljazeera'] }),
  org('Reuters', 'Q130879', 'news agency'),
  org('BBC', 'Q9531', 'news organisation', {
    aliases: ['British Broadcasting Corporation'],
    abbreviations: ['BBC'],
  }),
  org('Associated Press', 'Q40469', 'news agency', { abbreviations: ['AP'] }),
  org('Agence France-Presse', 'Q40464', 'news agency', { abbreviations: ['AFP'] }),
  org('CNN', 'Q48340', 'news organisation', { abbreviations: ['CNN'] }),
  org('Xinhua', 'Q204839', 'news agency', { aliases: ['Xinhua News Agency'] }),
  org('TASS', undefined, 'news agency', { abbreviations: ['TASS', 'Tass'] }),
  org('Federal Reserve', 'Q53536', 'central bank', { aliases: ['US Federal Reserve', 'the Fed'] }),
  org('FBI', 'Q8333', 'government agency', {
    abbreviations: ['FBI'],
    aliases: ['Federal Bureau of Investigation'],
    country: 'US',
  }),
  org('CIA', 'Q37230', 'government agency', {
    abbreviations: ['CIA'],
    aliases: ['Central Intelligence Agency'],
    country: 'US',
  }),
  org('Pentagon', undefined, 'government department', { country: 'US', aliases: ['the Pentagon'] }),
  org('Labour Party', 'Q9630', 'political party', { country: 'GB', aliases: ['Labour'] }),
  // UK parties with the names British news gives them ("Tory MP", "the Lib Dem leader"); the
  // adjective forms name the party too. Ukip's Wikidata id is left out: not confirmed here.
  org('Conservative Party', 'Q9626', 'political party', {
    country: 'GB',
    aliases: ['Conservatives', 'Tories', 'Tory', 'Tory party'],
  }),
  org('Liberal Democrats', 'Q9624', 'political party', {
    country: 'GB',
    aliases: ['Lib Dems', 'Lib Dem', 'Liberal Democrat'],
  }),
  org('UK Independence Party', undefined, 'political party', {
    country: 'GB',
    aliases: ['United Kingdom Independence Party'],
    abbreviations: ['UKIP', 'Ukip'],
  }),
  org('Hamas', 'Q38799', 'militant organisation'),
  org('Hezbollah', 'Q41053', 'militant organisation'),
  org('Taliban', 'Q42418', 'militant organisation'),
  org('al-Qaeda', 'Q34490', 'militant organisation', {
    aliases: ['al Qaeda', 'al-Qaida', 'al Qaida'],
  }),
  org('FIFA', 'Q253414', 'sports federation', { abbreviations: ['FIFA', 'Fifa'] }),
  org('UEFA', 'Q35572', 'sports federation', { abbreviations: ['UEFA', 'Uefa'] }),
  org('International Olympic Committee', 'Q40970', 'sports organisation', {
    abbreviations: ['IOC'],
  }),
  // Football clubs by the short names British news gives them; "United" and "City" alone are
  // left out: every town has one.
  org('Manchester United', undefined, 'football club', {
    country: 'GB',
    aliases: ['Man Utd', 'Man United'],
  }),
  org('Manchester City', undefined, 'football club', { country: 'GB', aliases: ['Man City'] }),
  org('Amnesty International', 'Q42970', 'non-governmental organisation'),
  org('Microsoft', 'Q2283', 'company'),
  org('Google', 'Q95', 'company'),
  org('Apple', 'Q312', 'company'),
  org('Sony', 'Q41187', 'company'),
  org('IBM', 'Q37156', 'company', { abbreviations: ['IBM'] }),
  org('Intel', 'Q248', 'company'),
  org('Nokia', 'Q1418', 'company'),
  org('Gazprom', 'Q102673', 'company', { country: 'RU' }),
];
