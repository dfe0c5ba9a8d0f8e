/**
 * Names of places that are neither countries, cities nor ISO 3166-2 subdivisions, as British
 * and international news uses them: world regions beyond the continents and UN subregions that
 * `world-countries` lists, and the regions of the United Kingdom and Ireland. Only the
 * known-place check reads them (`scripts/build-gazetteers.ts` writes them into
 * `data/known-places.txt`); they are not matched in text. Sources in ./README.md.
 */
export const WORLD_REGIONS: readonly string[] = [
  'Arctic',
  'Antarctica',
  'Asia-Pacific',
  'Balkans',
  'Caucasus',
  'Central Africa',
  'East Africa',
  'East Asia',
  'Far East',
  'Gulf',
  'Horn of Africa',
  'Latin America',
  'Mediterranean',
  'Middle East',
  'North Africa',
  'Sahel',
  'Scandinavia',
  'Siberia',
  'South Asia',
  'Southeast Asia',
  'South East Asia',
  'Sub-Saharan Africa',
  'West Africa',
];

/**
 * The nine regions of England (ONS, International Territorial Level 1), older and informal names
 * of the same areas, and the parts of Wales, Scotland and Ireland that news names as places.
 */
export const UK_AND_IRISH_REGIONS: readonly string[] = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'Yorkshire',
  'East Midlands',
  'West Midlands',
  'Midlands',
  'East of England',
  'East Anglia',
  'South East',
  'South West',
  'West Country',
  'Home Counties',
  'North Wales',
  'South Wales',
  'Mid Wales',
  'West Wales',
  'Highlands',
  'Scottish Highlands',
  'Borders',
  'Ulster',
  'Munster',
  'Leinster',
  'Connacht',
];
