/**
 * The fifty US states and the District of Columbia, by name and by the abbreviations American
 * newswire writes after a town ("Benton, Tenn.", "Davisville, R.I.", "Franklin Lakes, N.J."): AP
 * style, and the postal codes with periods ("N.Y."). Facts, not data from a corpus.
 */
const STATES: readonly (readonly [name: string, ...abbreviations: string[]])[] = [
  ['Alabama', 'Ala.'],
  ['Alaska'],
  ['Arizona', 'Ariz.'],
  ['Arkansas', 'Ark.'],
  ['California', 'Calif.', 'Cal.'],
  ['Colorado', 'Colo.'],
  ['Connecticut', 'Conn.'],
  ['Delaware', 'Del.'],
  ['Florida', 'Fla.'],
  ['Georgia', 'Ga.'],
  ['Hawaii'],
  ['Idaho'],
  ['Illinois', 'Ill.'],
  ['Indiana', 'Ind.'],
  ['Iowa'],
  ['Kansas', 'Kan.', 'Kans.'],
  ['Kentucky', 'Ky.'],
  ['Louisiana', 'La.'],
  ['Maine'],
  ['Maryland', 'Md.'],
  ['Massachusetts', 'Mass.'],
  ['Michigan', 'Mich.'],
  ['Minnesota', 'Minn.'],
  ['Mississippi', 'Miss.'],
  ['Missouri', 'Mo.'],
  ['Montana', 'Mont.'],
  ['Nebraska', 'Neb.', 'Nebr.'],
  ['Nevada', 'Nev.'],
  ['New Hampshire', 'N.H.'],
  ['New Jersey', 'N.J.'],
  ['New Mexico', 'N.M.', 'N.Mex.'],
  ['New York', 'N.Y.'],
  ['North Carolina', 'N.C.'],
  ['North Dakota', 'N.D.', 'N.Dak.'],
  ['Ohio'],
  ['Oklahoma', 'Okla.'],
  ['Oregon', 'Ore.', 'Oreg.'],
  ['Pennsylvania', 'Pa.', 'Penn.'],
  ['Rhode Island', 'R.I.'],
  ['South Carolina', 'S.C.'],
  ['South Dakota', 'S.D.', 'S.Dak.'],
  ['Tennessee', 'Tenn.'],
  ['Texas', 'Tex.'],
  ['Utah'],
  ['Vermont', 'Vt.'],
  ['Virginia', 'Va.'],
  ['Washington', 'Wash.'],
  ['West Virginia', 'W.Va.', 'W. Va.'],
  ['Wisconsin', 'Wis.', 'Wisc.'],
  ['Wyoming', 'Wyo.'],
  ['District of Columbia', 'D.C.'],
];

/** Folded for lookup: case and a final period or spaces around one do not matter ("Mich ."). */
function fold(text: string): string {
  return text.replace(/\s+/g, '').replace(/\.$/, '').toLowerCase();
}

const NAMES = new Set(STATES.map(([name]) => fold(name)));
const ABBREVIATIONS = new Set(STATES.flatMap(([, ...abbreviations]) => abbreviations.map(fold)));

/**
 * Whether `text` names a US state, and how: an abbreviation ("Tenn.", "N.Y.") is only ever the
 * end of an address, a full name ("Ohio", "Washington") may also be a city or a person.
 */
export function usStateForm(text: string): 'abbreviation' | 'name' | undefined {
  const key = fold(text);
  if (ABBREVIATIONS.has(key)) return 'abbreviation';
  return NAMES.has(key) ? 'name' : undefined;
}
