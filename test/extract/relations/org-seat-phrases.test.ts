import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'o:acme', type: 'Organization', forms: ['Acme Corp.', 'Acme'] },
    { id: 'l:leeds', type: 'Location', forms: ['Leeds'] },
    { id: 'l:york', type: 'Location', forms: ['York'] },
    { id: 'l:yorks', type: 'Location', forms: ['Yorkshire'] },
  ],
  /^(?:apposition:org-kind-in-place|copula:org-place-kind|possessive:org-place-seat|punct:org-bracketed-place|punct:company-comma-place|noun:org-headquarters-in|noun:org-bureau-in)$/,
);

describe('where a body is, from the phrases news uses to introduce it', () => {
  it('reads "Acme, a bank in Leeds" and "Acme is a Leeds company"', () => {
    expect(triples('Acme, the largest bank based in Leeds, said profits rose.')).toEqual([
      ['o:acme', 'l:leeds', 'apposition:org-kind-in-place'],
    ]);
    expect(triples('Acme is a Leeds company.')).toEqual([
      ['o:acme', 'l:leeds', 'copula:org-place-kind'],
    ]);
    expect(triples('Acme, a critic of banks in Leeds, said so.')).toEqual([]);
  });

  it('reads the seat owned by the body: "Acme\'s Leeds, Yorkshire, headquarters"', () => {
    expect(triples("They met at Acme's Leeds, Yorkshire, headquarters.")).toEqual([
      ['o:acme', 'l:leeds', 'possessive:org-place-seat'],
    ]);
    expect(triples("Acme's Leeds fans were angry.")).toEqual([]);
  });

  it("reads a town in apposition to a company's name, not a bracket after any name", () => {
    // A bracket after a name holds its abbreviation or a player's club as often as a town.
    expect(triples('Acme (Leeds) said profits rose.')).toEqual([]);
    expect(triples('Acme Corp., Leeds, said profits rose.')).toEqual([
      ['o:acme', 'l:leeds', 'punct:company-comma-place'],
    ]);
  });

  it('reads headquarters kept or moved, and a plant, but not a move away', () => {
    expect(triples('Acme has its headquarters in Leeds.')).toEqual([
      ['o:acme', 'l:leeds', 'noun:org-headquarters-in'],
    ]);
    expect(triples('Acme moved its headquarters from Leeds to York.')).toEqual([]);
    expect(triples('The Acme plant in Leeds was closed.')).toEqual([
      ['o:acme', 'l:leeds', 'noun:org-bureau-in'],
    ]);
  });
});
