import { createAnalyser } from '../../src/extract/nlp';
import type { EntitySpec } from './relations-test-entities';
import { relationsWith } from './relations-test-entities';

const SPECS: EntitySpec[] = [
  { id: 'p:roe', type: 'Person', forms: ['Jane Roe', 'Roe'] },
  { id: 'p:doe', type: 'Person', forms: ['John Doe'] },
  { id: 'o:acme', type: 'Organization', forms: ['Acme Foods', 'Acme'] },
  { id: 'o:guard', type: 'Organization', forms: ['Coast Guard'] },
  { id: 'o:court', type: 'Organization', forms: ['Supreme Court'] },
  { id: 'o:council', type: 'Organization', forms: ['Clover Town Council'] },
  { id: 'o:labor', type: 'Organization', forms: ['Labor Party'] },
  { id: 'o:pt', type: 'Organization', forms: ['PT'] },
  { id: 'o:ap', type: 'Organization', forms: ['Associated Press', 'AP'] },
  { id: 'o:inst', type: 'Organization', forms: ['Institute of Zoology'] },
  { id: 'o:hall', type: 'Organization', forms: ['Islington Academy'] },
  { id: 'o:hospital', type: 'Organization', forms: ['Clover Hospital', 'Clover Centre'] },
  { id: 'o:union', type: 'Organization', forms: ['Transport Union'] },
  { id: 'o:celtic', type: 'Organization', forms: ['Celtic'] },
  { id: 'o:rangers', type: 'Organization', forms: ['Rangers'] },
  { id: 'o:west', type: 'Organization', forms: ['Loch Ness West'] },
  { id: 'l:me', type: 'Location', forms: ['Middle East', 'White House'] },
];

const relationsIn = relationsWith(SPECS);

function triples(text: string): string[][] {
  return relationsIn(text).map((r) => [r.subject, r.type, r.object]);
}

function rules(text: string): string[] {
  return relationsIn(text).map((r) => r.rule);
}

describe('affiliation from titles, ranks and appositions written as news writes them', () => {
  it('reads a rank or office after the organisation as working for it', () => {
    expect(triples('An air bubble was the only hope, said Coast Guard Lt. Jane Roe.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:guard'],
    ]);
    expect(triples('Supreme Court Judge Jane Roe refused the request.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:court'],
    ]);
    expect(triples("Acme's technical manager, engineer Jane Roe, said so.")).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
  });

  it('lets the organisation carry a description after "the"', () => {
    expect(
      triples('Jane Roe, attorney for the Peruvian silver mining company Acme, said so.'),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:acme']]);
    expect(
      triples('Jane Roe, chairman of the strongest opposition party, the Acme, spoke.'),
    ).toEqual([['p:roe', 'LEADER_OF', 'o:acme']]);
    expect(triples('Jane Roe, leader of the opposition to Acme, spoke.')).toEqual([]);
    expect(triples('Jane Roe, head of the inquiry into Acme, spoke.')).toEqual([]);
    expect(triples('Jane Roe, a lawyer for the family suing Acme, spoke.')).toEqual([]);
    expect(triples('Jane Roe, chairman of the panel investigating Acme, spoke.')).toEqual([]);
  });

  it('reads an apposition that follows another one or an abbreviation', () => {
    expect(triples('It was said by Sen. Jane Roe, D-Calif., chairman of Acme Foods.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme'],
    ]);
    expect(
      triples(
        'Roe, the longest-held hostage, is Middle East correspondent for the Associated Press.',
      ),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:ap']]);
    expect(
      triples('Charges against Jane Roe, joint general secretary of Acme, were heard.'),
    ).toEqual([['p:roe', 'WORKS_FOR', 'o:acme']]);
  });

  it("reads no affiliation into an apposition about someone else's staff or member", () => {
    expect(triples('Jane Roe, the mother of Rangers striker John Doe, said so.')).toEqual([
      ['p:doe', 'WORKS_FOR', 'o:rangers'],
    ]);
    expect(triples('Jane Roe, a critic of Acme Foods executives, said so.')).toEqual([]);
    expect(triples('Jane Roe, a lawyer representing Acme Foods workers, said so.')).toEqual([]);
    expect(triples('Jane Roe, the wife of a Clover Town Council member, said so.')).toEqual([]);
  });

  it('reads an apposition after one about someone else as not about the first person', () => {
    expect(triples('Jane Roe, the daughter of John Doe, chairman of Acme Foods, spoke.')).toEqual([
      ['p:doe', 'LEADER_OF', 'o:acme'],
    ]);
    expect(triples('Jane Roe, the widow of the founder, chairman of Acme Foods, spoke.')).toEqual(
      [],
    );
  });

  it('reads no affiliation into a title that is someone\'s: "the Acme chairman\'s wife"', () => {
    expect(triples("Jane Roe, the Acme Foods chairman's wife, said so.")).toEqual([]);
    expect(triples("Jane Roe, the Acme Foods spokesman's daughter, said so.")).toEqual([]);
    expect(triples("Jane Roe is the Acme Foods spokesman's daughter.")).toEqual([]);
    expect(triples('Jane Roe is an Acme Foods fan and former trader.')).toEqual([]);
  });

  it('keeps a colleague described as "another former" employee, as a past office', () => {
    expect(rules('In it John Doe, another former Acme trader, wore a wig.')).toEqual([
      'apposition:org-staff:former',
    ]);
  });

  it("reads party candidates and council members as members, not a constituency's member", () => {
    expect(
      triples('Jane Roe, a former Democratic member of the Clover Town Council, won.'),
    ).toEqual([['p:roe', 'MEMBER_OF', 'o:council']]);
    expect(triples('Support has gone to Labor Party (PT) candidate Jane Roe.')).toEqual(
      expect.arrayContaining([['p:roe', 'MEMBER_OF', 'o:labor']]),
    );
    expect(triples('Jane Roe, the independent member for the Loch Ness West, spoke.')).toEqual([]);
    expect(triples('Clover Town Council deputy Jane Roe spoke.')).toEqual(
      expect.arrayContaining([['p:roe', 'MEMBER_OF', 'o:council']]),
    );
    expect(triples('Acme Foods deputy Jane Roe spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples('Acme Foods delegate Jane Roe spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
  });

  it("reads a reporter's beat and a possessive title after a copula", () => {
    expect(triples('Jane Roe covers the White House for The Associated Press.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:ap'],
    ]);
    expect(triples("Jane Roe is the AP's Northwest regional reporter.")).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:ap'],
    ]);
    expect(triples('Jane Roe writes a weekly column for the Associated Press.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:ap'],
    ]);
    expect(triples('Jane Roe reports on the economy for the Associated Press.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:ap'],
    ]);
    expect(triples('Jane Roe wrote a cheque for Acme Foods.')).toEqual([]);
    expect(triples('Jane Roe broadcast an appeal for Acme Foods.')).toEqual([]);
  });

  it('reads "at" an institute as working there, not "at" a venue', () => {
    expect(triples('Meanwhile Jane Roe at the Institute of Zoology found a gene.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:inst'],
    ]);
    expect(triples('Jane Roe will play two songs at the Islington Academy.')).toEqual([]);
    expect(triples('The baby, Jane Roe, at Clover Hospital is stable.')).toEqual([]);
    expect(triples('Tickets for Jane Roe at the Clover Centre sold out.')).toEqual([]);
  });

  it('gives both people of a coordination their organisation, unless the first is possessed', () => {
    expect(triples('Jane Roe and John Doe of Acme Foods say so.')).toEqual(
      expect.arrayContaining([
        ['p:roe', 'WORKS_FOR', 'o:acme'],
        ['p:doe', 'WORKS_FOR', 'o:acme'],
      ]),
    );
    expect(triples("Celtic's Jane Roe and John Doe of Rangers were suspended.")).toEqual([
      ['p:doe', 'WORKS_FOR', 'o:rangers'],
      ['p:roe', 'WORKS_FOR', 'o:celtic'],
    ]);
  });

  it('states leadership alone when a title reads as both leading and serving', () => {
    expect(triples('Transport Union general secretary Jane Roe repeated her view.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:union'],
    ]);
  });
});

describe('affiliation read from the organisation named before the person', () => {
  it('reads any role between an organisation and a name, marking a past one', () => {
    expect(triples('Retired Acme placekicker Jane Roe was in court.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(rules('Retired Acme placekicker Jane Roe was in court.')).toEqual([
      'title:org-role:former',
    ]);
    expect(triples('Acme Foods financial chief Jane Roe resigned.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(rules('It starred former Rangers and Acme Foods placekicker Jane Roe.')).toEqual([
      'title:org-role:former',
    ]);
    expect(rules('It was approved by the then Acme chief Jane Roe.')).toEqual([
      'title:org-role:former',
    ]);
    expect(triples('Acme weekly magazine presented Jane Roe with an award.')).toEqual([]);
    expect(triples('Neither Acme nor Jane Roe thrilled investors.')).toEqual([]);
  });

  it('reads a role written after an organisation and its bracketed other name', () => {
    expect(triples('Transport Union (PT) chief Jane Roe said so.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:pt'],
      ['p:roe', 'LEADER_OF', 'o:union'],
    ]);
  });

  it('reads "the head of X, Y," and "a spokesman for X, Y," as naming the holder', () => {
    expect(triples('The head of Acme Foods, Dr. Jane Roe, said so.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme'],
    ]);
    expect(triples('A spokesman for the Coast Guard, Jane Roe, said so.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:guard'],
    ]);
    expect(rules('The former head of Acme Foods, Jane Roe, said so.')).toEqual([
      'apposition:head-named:former',
    ]);
    expect(triples('The wife of the head of Acme Foods, Jane Roe, said so.')).toEqual([]);
  });

  it('reads ", of X," and a bracketed apposition as belonging', () => {
    expect(triples('Roe, of the Clover Town Council, said so.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:council'],
    ]);
    expect(triples('Jane Roe, 47, of Acme Foods was chosen.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples('Nobody listens to Jane Roe (leader of Acme Foods) now.')).toEqual([
      ['p:roe', 'LEADER_OF', 'o:acme'],
    ]);
    expect(triples('Jane Roe, a Clover Town Council member and Acme supporter, said so.')).toEqual([
      ['p:roe', 'MEMBER_OF', 'o:council'],
    ]);
  });

  it('reads "from" an organisation, which may be described first, as belonging to it', () => {
    expect(triples('"It is late," said Jane Roe from Acme Foods.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples('Jane Roe, from mobile firm Acme Foods, said so.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples('It said Jane Roe, an investment analyst from Acme Foods, was right.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples('It stars Jane Roe and John Doe from Acme Foods.')).toEqual([
      ['p:doe', 'WORKS_FOR', 'o:acme'],
    ]);
  });

  it('reads no employment into the noun for an arrival or a ticket holder', () => {
    expect(triples('Jane Roe, a free transfer from Rangers, scored twice.')).toEqual([]);
    expect(triples('Jane Roe, the newcomer from Rangers, scored twice.')).toEqual([]);
    expect(triples('Rangers season-ticket holder Jane Roe was there.')).toEqual([]);
  });

  it('reads no belonging into "of Acme fame"', () => {
    expect(triples('Jane Roe of Acme Foods fame said so.')).toEqual([]);
  });

  it('reads no belonging into "from" a club someone is moved from', () => {
    expect(triples('Celtic signed Jane Roe from Rangers last summer.')).toEqual([]);
    expect(triples('The deal took Jane Roe from Rangers to Celtic in 2001.')).toEqual([]);
    expect(triples('Jane Roe, from Rangers, and John Doe scored.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:rangers'],
    ]);
  });

  it('states a relation of both names of a bracketed pair kept apart', () => {
    const found = relationsIn('Jane Roe, candidate of the Labor Party (PT), won 9 percent.');
    expect(found.map((r) => [r.subject, r.type, r.object, r.rule])).toEqual(
      expect.arrayContaining([
        ['p:roe', 'MEMBER_OF', 'o:labor', 'apposition:member-of'],
        ['p:roe', 'MEMBER_OF', 'o:pt', 'apposition:member-of:bracketed-name'],
      ]),
    );
  });
});

describe('affiliation read from verbs of work', () => {
  it('reads working, teaching and serving at or in an organisation, not working with one', () => {
    expect(triples('Jane Roe taught at Acme Foods for years.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples('Jane Roe, who served 24 years in the Clover Town Council, spoke.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:council'],
    ]);
    expect(triples('Jane Roe worked as a chemist for Acme Foods.')).toEqual([
      ['p:roe', 'WORKS_FOR', 'o:acme'],
    ]);
    expect(triples('Jane Roe worked with Acme Foods on the plan.')).toEqual([]);
  });
});

describe('sentences', () => {
  it('never start with a comma: an abbreviation does not end the sentence before one', () => {
    const analysed = createAnalyser()(
      'It was said by Sen. Alan Cranston, D-Calif., chairman of X.',
    );
    expect(analysed.sentences).toHaveLength(1);
  });
});
