import { createAnalyser } from '../../src/extract/nlp';
import { extractDates } from '../../src/extract/dates';
import { extractRelations } from '../../src/extract/relations/extract-relations';
import { MentionIndex } from '../../src/extract/relations/mention-index';
import type { EntitySpec } from './relations-test-entities';
import { entitiesIn } from './relations-test-entities';

const analyse = createAnalyser();
const SPECS: EntitySpec[] = [
  { id: 'p:putin', type: 'Person', forms: ['Vladimir Putin', 'Putin'] },
  { id: 'p:xi', type: 'Person', forms: ['Xi Jinping', 'Xi'] },
  { id: 'p:blair', type: 'Person', forms: ['Tony Blair', 'Blair'] },
  { id: 'p:gates', type: 'Person', forms: ['Bill Gates', 'Gates'] },
  { id: 'p:robinson', type: 'Person', forms: ['Nick Robinson'] },
  { id: 'c:ru', type: 'Country', forms: ['Russia', 'Russian'] },
  { id: 'c:cn', type: 'Country', forms: ['China', 'Chinese', 'Beijing'] },
  { id: 'c:us', type: 'Country', forms: ['United States', 'US', 'Washington'] },
  { id: 'c:ua', type: 'Country', forms: ['Ukraine', 'Kyiv'] },
  { id: 'c:fr', type: 'Country', forms: ['France'] },
  { id: 'c:uk', type: 'Country', forms: ['UK'] },
  { id: 'p:brown', type: 'Person', forms: ['Gordon Brown'] },
  { id: 'o:ms', type: 'Organization', forms: ['Microsoft'] },
  { id: 'o:bbc', type: 'Organization', forms: ['BBC'] },
  { id: 'o:eu', type: 'Organization', forms: ['European Union', 'EU'] },
  { id: 'o:lh', type: 'Organization', forms: ['Lufthansa'] },
  { id: 'o:saic', type: 'Organization', forms: ['SAIC'] },
  { id: 'o:rover', type: 'Organization', forms: ['Rover'] },
  { id: 'o:nanjing', type: 'Organization', forms: ['Nanjing Auto'] },
  { id: 'o:hsbc', type: 'Organization', forms: ['HSBC'] },
  { id: 'p:lamberty', type: 'Person', forms: ['Michael Lamberty'] },
  { id: 'p:berlusconi', type: 'Person', forms: ['Silvio Berlusconi'] },
  { id: 'c:it', type: 'Country', forms: ['Italian', 'Italy'] },
  { id: 'l:london', type: 'Location', forms: ['London'], kind: 'capital' },
  { id: 'l:paris', type: 'Location', forms: ['Paris'], kind: 'capital' },
  { id: 'l:lyon', type: 'Location', forms: ['Lyon'], kind: 'city' },
  { id: 'l:louvre', type: 'Location', forms: ['Louvre'], kind: 'landmark' },
  { id: 'l:loire', type: 'Location', forms: ['Loire Valley'] },
  { id: 'l:dijon', type: 'Location', forms: ['Dijon District'] },
  { id: 'e:summit', type: 'Event', forms: ['G8 summit'] },
];

function relationsOf(text: string) {
  const analysed = analyse(text);
  const entities = entitiesIn(analysed, SPECS);
  const dates = extractDates(analysed, { year: 2005, month: 3, day: 3 });
  return extractRelations({
    analysed,
    entities,
    mentions: new MentionIndex(entities),
    dates,
    quoted: [],
  });
}

function triples(text: string) {
  return relationsOf(text).map((r) => [r.subject, r.type, r.object, r.modality]);
}

describe('extractRelations', () => {
  it('reads leaders and staff from titles and possessives', () => {
    expect(triples('Russian President Vladimir Putin spoke.')).toEqual([
      ['p:putin', 'LEADER_OF', 'c:ru', 'asserted'],
    ]);
    expect(triples('Microsoft chairman Bill Gates spoke.')).toEqual([
      ['p:gates', 'LEADER_OF', 'o:ms', 'asserted'],
    ]);
    expect(triples('BBC correspondent Nick Robinson spoke.')).toEqual([
      ['p:robinson', 'WORKS_FOR', 'o:bbc', 'asserted'],
    ]);
    expect(triples('Nick Robinson, a political correspondent for the BBC, spoke.')).toEqual([
      ['p:robinson', 'WORKS_FOR', 'o:bbc', 'asserted'],
    ]);
  });

  it('knows that the UK Chancellor is not the head of government', () => {
    expect(triples('UK Chancellor Gordon Brown spoke.')).toEqual([
      ['p:brown', 'WORKS_FOR', 'c:uk', 'asserted'],
    ]);
  });

  it('does not read sports fixtures as meetings or visits', () => {
    expect(triples('Blair could meet Putin in the second round of the tournament.')).toEqual([]);
    expect(triples('Blair met Putin.')).toEqual([['p:blair', 'MET_WITH', 'p:putin', 'asserted']]);
  });

  it('asserts a title whatever the verbs around it say', () => {
    expect(triples('Officials will take no action against Microsoft chairman Bill Gates.')).toEqual(
      [['p:gates', 'LEADER_OF', 'o:ms', 'asserted']],
    );
  });

  it('does not read a verb as a title', () => {
    expect(triples('Microsoft headed Bill Gates off.')).toEqual([]);
  });

  it('keeps a former office, marked as former and worth less, instead of asserting it as current', () => {
    const [former] = relationsOf('Former Russian President Vladimir Putin spoke.');
    expect(former).toMatchObject({
      type: 'LEADER_OF',
      subject: 'p:putin',
      object: 'c:ru',
      rule: 'title:country-leader:former',
    });
    expect(former?.confidence).toBeLessThan(0.8);
    expect(relationsOf("Microsoft's former chairman Bill Gates spoke.")).toMatchObject([
      {
        type: 'LEADER_OF',
        subject: 'p:gates',
        object: 'o:ms',
        rule: 'possessive:org-leader:former',
      },
    ]);
  });

  it('reads meeting, hosting, visiting and attending verbs', () => {
    expect(triples('Blair hosted Putin.')).toEqual([['p:blair', 'HOSTED', 'p:putin', 'asserted']]);
    expect(triples('Blair visited France.')).toEqual([['p:blair', 'VISITED', 'c:fr', 'asserted']]);
    expect(triples('Blair attended the G8 summit.')).toEqual([
      ['p:blair', 'ATTENDED', 'e:summit', 'asserted'],
    ]);
    expect(triples('The G8 summit in Paris ended.')).toEqual([
      ['e:summit', 'HELD_IN', 'l:paris', 'asserted'],
    ]);
  });

  it('reads a place and its container from "Paris, France" but not from a list', () => {
    expect(triples('He lives in Paris, France.')).toEqual([
      ['l:paris', 'LOCATED_IN', 'c:fr', 'asserted'],
    ]);
    expect(triples('Offices in Paris, France and Russia opened.')).toEqual([]);
    expect(triples('It sells in Paris, France, Russia and China.')).toEqual([]);
    expect(triples('Farms in Loire Valley, Dijon District in France.')).toEqual([
      ['l:dijon', 'LOCATED_IN', 'c:fr', 'asserted'],
    ]);
  });

  it("uses the gazetteer's kind of place: a landmark lies in a city, a city not in a city", () => {
    expect(triples('He toured the Louvre in Paris.')).toEqual([
      ['l:louvre', 'LOCATED_IN', 'l:paris', 'asserted'],
    ]);
    expect(triples('Trains from Lyon in Paris were late.')).toEqual([]);
    expect(triples('Trains run to Lyon, Paris.')).toEqual([]);
  });

  it('orients symmetric relations by key and dates them from the sentence', () => {
    const [met] = relationsOf('Xi met Putin on Tuesday.');
    expect(met).toMatchObject({ type: 'MET_WITH', subject: 'p:putin', object: 'p:xi' });
    expect(met?.date).toEqual({ value: '2005-03-01', precision: 'day' });
    expect(met?.evidence.text).toBe('Xi met Putin on Tuesday.');
  });

  it('marks negated, hedged and reported claims', () => {
    expect(triples('Blair did not meet Putin.')).toEqual([
      ['p:blair', 'MET_WITH', 'p:putin', 'negated'],
    ]);
    expect(triples('Blair denied meeting Putin.')).toEqual([
      ['p:blair', 'MET_WITH', 'p:putin', 'negated'],
    ]);
    expect(triples('Blair is expected to visit France.')).toEqual([
      ['p:blair', 'VISITED', 'c:fr', 'hedged'],
    ]);
    expect(triples('Blair may meet Putin.')).toEqual([
      ['p:blair', 'MET_WITH', 'p:putin', 'hedged'],
    ]);
    expect(triples('Officials said that Blair met Putin.')).toEqual([
      ['p:blair', 'MET_WITH', 'p:putin', 'reported'],
    ]);
  });

  it('reads conflict, mediation, partnership, accusation and membership', () => {
    expect(triples('Beijing, locked in a tariff war with Washington, waits.')).toEqual([
      ['c:cn', 'IN_CONFLICT_WITH', 'c:us', 'asserted'],
    ]);
    expect(triples('US efforts to broker peace between Russia and Ukraine stalled.')).toEqual([
      ['c:us', 'MEDIATES', 'c:ru', 'asserted'],
      ['c:us', 'MEDIATES', 'c:ua', 'asserted'],
    ]);
    expect(triples("China's commitment to its alliance with Russia grew.")).toEqual([
      ['c:cn', 'PARTNER_OF', 'c:ru', 'asserted'],
    ]);
    expect(triples('Kyiv accused Beijing.')).toEqual([['c:ua', 'ACCUSES', 'c:cn', 'asserted']]);
    expect(triples('Ukraine wants to join the EU.')).toEqual([
      ['c:ua', 'MEMBER_OF', 'o:eu', 'hedged'],
    ]);
  });

  it('does not take a possessor or an adjective for the object', () => {
    expect(triples("Blair criticised Putin's plans.")).toEqual([]);
    expect(triples('Blair supports Chinese students.')).toEqual([]);
  });

  it('reads staff and heads from appositions and possessives around an organisation', () => {
    expect(triples('Michael Lamberty, a Lufthansa spokesman, said flights were late.')).toEqual([
      ['p:lamberty', 'WORKS_FOR', 'o:lh', 'asserted'],
    ]);
    expect(triples('Michael Lamberty, manager of Lufthansa, said flights were late.')).toEqual([
      ['p:lamberty', 'WORKS_FOR', 'o:lh', 'asserted'],
    ]);
    expect(triples('Bill Gates, the Microsoft boss, spoke.')).toEqual([
      ['p:gates', 'LEADER_OF', 'o:ms', 'asserted'],
    ]);
    expect(triples("Microsoft's chief executive Bill Gates spoke.")).toEqual([
      ['p:gates', 'LEADER_OF', 'o:ms', 'asserted'],
    ]);
    // A deputy works for the company; only the head leads it.
    expect(triples("Microsoft's deputy chief executive Bill Gates spoke.")).toEqual([
      ['p:gates', 'WORKS_FOR', 'o:ms', 'asserted'],
    ]);
    expect(triples('Bill Gates headed Microsoft for years.')).toEqual([
      ['p:gates', 'LEADER_OF', 'o:ms', 'asserted'],
    ]);
  });

  it('makes a cabinet minister of a named country work for it, not lead it', () => {
    expect(triples('UK Chancellor Gordon Brown spoke.')).toEqual([
      ['p:brown', 'WORKS_FOR', 'c:uk', 'asserted'],
    ]);
    expect(triples('Italian Foreign Minister Silvio Berlusconi spoke.')).toEqual([
      ['p:berlusconi', 'WORKS_FOR', 'c:it', 'asserted'],
    ]);
  });

  it('reads a verb past the title of the person it governs', () => {
    expect(triples('Blair met Italian Prime Minister Silvio Berlusconi.')).toEqual([
      ['p:berlusconi', 'LEADER_OF', 'c:it', 'asserted'],
      ['p:berlusconi', 'MET_WITH', 'p:blair', 'asserted'],
    ]);
  });

  it('relates every coordinated object of a verb and reads "in negotiations with"', () => {
    expect(triples('Nanjing Auto is in negotiations with Rover and SAIC.')).toEqual([
      ['o:nanjing', 'NEGOTIATES_WITH', 'o:rover', 'asserted'],
      ['o:nanjing', 'NEGOTIATES_WITH', 'o:saic', 'asserted'],
    ]);
    expect(triples('Blair held talks with Microsoft boss Bill Gates.')).toEqual([
      ['p:gates', 'LEADER_OF', 'o:ms', 'asserted'],
      ['p:blair', 'NEGOTIATES_WITH', 'p:gates', 'asserted'],
    ]);
  });

  it('places an organisation from "London-based"', () => {
    expect(triples('The London-based bank HSBC grew.')).toEqual([
      ['o:hsbc', 'LOCATED_IN', 'l:london', 'asserted'],
    ]);
    expect(triples('It shows London-based programmes from HSBC.')).toEqual([]);
  });
});
