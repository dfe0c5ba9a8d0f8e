import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'o:acme', type: 'Organization', forms: ['Acme Institute', 'Acme'] },
    { id: 'o:suny', type: 'Organization', forms: ['State University of New York'] },
    { id: 'o:ap', type: 'Organization', forms: ['Associated Press'] },
    { id: 'l:leeds', type: 'Location', forms: ['Leeds'] },
    { id: 'l:albany', type: 'Location', forms: ['Albany'] },
  ],
  /^(?:compound:place-branch-of-org|verb:org-(?:opened|founded)-in|noun:org-bureau-in|prep:university-at-place)$/,
);

describe('where a body has its seat, read from a branch, a bureau, an opening or a founding', () => {
  it('reads "the <town> branch of <body>"', () => {
    expect(triples('Engineers at the Leeds branch of the Acme Institute finished work.')).toEqual([
      ['o:acme', 'l:leeds', 'compound:place-branch-of-org'],
    ]);
  });

  it('reads "<body> bureau in <town>" and "<university> at <town>"', () => {
    expect(triples('It was translated by the Associated Press bureau in Leeds.')).toEqual([
      ['o:ap', 'l:leeds', 'noun:org-bureau-in'],
    ]);
    expect(triples('Dean Roe of the State University of New York at Albany agrees.')).toEqual([
      ['o:suny', 'l:albany', 'prep:university-at-place'],
    ]);
  });

  it('reads a body that opened or was founded in a town, not one that opened something there', () => {
    expect(triples('Acme opened in Leeds in April.')).toEqual([
      ['o:acme', 'l:leeds', 'verb:org-opened-in'],
    ]);
    expect(triples('His sons founded the Acme company in Leeds in 1949.')).toEqual([
      ['o:acme', 'l:leeds', 'verb:org-founded-in'],
    ]);
    expect(triples('Acme, founded in 1949 in Leeds, makes cameras.')).toEqual([
      ['o:acme', 'l:leeds', 'verb:org-founded-in'],
    ]);
    expect(triples('Acme opened talks in Leeds.')).toEqual([]);
  });
});

describe('an organisation "in" a town after a role\'s "for"', () => {
  const forRole = locatedInTriples(
    [
      { id: 'o:ada', type: 'Organization', forms: ['Diabetes Association'] },
      { id: 'o:azzurri', type: 'Organization', forms: ['Azzurri'] },
      { id: 'l:alexandria', type: 'Location', forms: ['Alexandria'] },
      { id: 'l:rome', type: 'Location', forms: ['Rome'] },
    ],
    /^prep:org-in-place$/,
  );

  it('places the body a role is held for, not a team a result is for', () => {
    expect(
      forRole('said Jane Roe, chief medical officer for the Diabetes Association in Alexandria.'),
    ).toEqual([['o:ada', 'l:alexandria', 'prep:org-in-place']]);
    expect(forRole('It was a famous victory for the Azzurri in Rome.')).toEqual([]);
  });
});
