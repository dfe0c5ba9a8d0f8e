/**
 * Abbreviations used as common nouns in news: devices and media ("a TV", "the DVD"), measures
 * ("GDP"), roles and honours ("an MP", "OBE"), illnesses ("HIV"), technologies ("SMS"), documents
 * ("ID cards") and genres ("R&B"). Written
 * in capitals, they look to a tagger like an organisation's acronym ("BBC"), and it reads "TV"
 * and "PC" as organisations in hundreds of BBC articles. Upper case; plurals are derived (see
 * `isCommonNounAbbreviation`). Ambiguous ones that also name an organisation or an event in
 * news ("GSM" in "3GSM", "IT") are left out.
 */
const COMMON_NOUN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // devices, media, formats
  'TV',
  'HDTV',
  'IPTV',
  'CCTV',
  'PC',
  'CD',
  'DVD',
  'VHS',
  'VCR',
  'PVR',
  'DVR',
  'PDA',
  'LCD',
  'MP3',
  'SUV',
  'USB',
  'ATM',
  'PIN',
  // technologies
  'SMS',
  'MMS',
  'RSS',
  'RFID',
  'CGI',
  'LAN',
  'DSL',
  'ADSL',
  'VOIP',
  'URL',
  'AI',
  // economics and business
  'GDP',
  'GNP',
  'FDI',
  'VAT',
  'IPO',
  'AGM',
  'CEO',
  'CFO',
  'PR',
  'DIY',
  'LNG',
  // roles and honours
  'MP',
  'MEP',
  'MSP',
  'AM',
  'QC',
  'PM',
  'OBE',
  'MBE',
  'CBE',
  // medicine and science
  'HIV',
  'AIDS',
  'SARS',
  'TB',
  'DNA',
  'MRI',
  'UV',
  // documents, music genres
  'ID',
  'R&B',
  // education, slang
  'GCSE',
  'AWOL',
]);

/**
 * Whether a whole name is a common noun written as an abbreviation ("TV", "DVDs", "MPs"), which
 * names no entity: the listed abbreviations, and any run of capitals with a lower-case plural
 * "s" ("CSOs", "NGOs"), as an organisation's acronym is never pluralised.
 */
export function isCommonNounAbbreviation(name: string): boolean {
  const trimmed = name.trim();
  if (COMMON_NOUN_ABBREVIATIONS.has(trimmed.toUpperCase()) && trimmed === trimmed.toUpperCase()) {
    return true;
  }
  return /^\p{Lu}[\p{Lu}\d]+s$/u.test(trimmed);
}
