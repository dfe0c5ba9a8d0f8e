import { createEntityRecogniser } from '../../src/extract/entities';
import { articleSport } from '../../src/extract/entities/town-club-sport';
import { loadGazetteer } from '../../src/extract/gazetteer';
import { createAnalyser } from '../../src/extract/nlp';
import { taggerOf } from './fixed-tagger';

const analyse = createAnalyser();
const recognise = createEntityRecogniser({
  gazetteer: loadGazetteer(),
  nerTagger: taggerOf([['ORG', 'Newcastle']]),
});
const namesOf = (text: string) =>
  recognise(analyse(text))
    .filter((e) => e.type === 'Organization')
    .map((e) => `${e.name} <- ${e.mentions.map((m) => m.text).join(', ')}`);

const RUGBY_REPORT =
  'Newcastle drew with Gloucester. The fly-half kicked a conversion after a late try, ' +
  'and two tries in the Zurich Premiership kept them in the Heineken Cup places.';
const FOOTBALL_REPORT =
  'Newcastle beat Bolton. The striker scored past the goalkeeper, and the manager ' +
  'praised his defenders before the FA Cup tie.';

describe('articleSport', () => {
  it("reads a report's sport from words only that sport uses", () => {
    expect(articleSport(RUGBY_REPORT)).toBe('rugby union');
    expect(articleSport(FOOTBALL_REPORT)).toBe('football');
  });

  it('reads no sport from words shared by sports, a passing mention or a mixed report', () => {
    expect(articleSport('The coach praised the penalty and the goal in the Premiership.')).toBe(
      undefined,
    );
    expect(articleSport('Shares rose. He gave the rugby club a try.')).toBe(undefined);
    expect(articleSport(`${RUGBY_REPORT} ${FOOTBALL_REPORT}`)).toBe(undefined);
  });
});

describe('a club the tagger found under its town name', () => {
  it("is named with the report's sport when that is not football", () => {
    expect(namesOf(RUGBY_REPORT)).toEqual(['Newcastle (rugby union) <- Newcastle']);
  });

  it('keeps the town name in a football report and in one of no clear sport', () => {
    expect(namesOf(FOOTBALL_REPORT)).toEqual(['Newcastle <- Newcastle']);
    expect(namesOf('Newcastle said profits rose.')).toEqual(['Newcastle <- Newcastle']);
  });

  it("marks the report's clubs, and the names that begin with a town, with its sport", () => {
    const sports = (text: string, spans: [string, number?][]) =>
      createEntityRecogniser({
        gazetteer: loadGazetteer(),
        nerTagger: taggerOf(spans.map(([name, nth]) => ['ORG', name, 0.95, nth ?? 1])),
      })(analyse(text))
        .filter((e) => e.type === 'Organization')
        .map((e) => `${e.name}: ${e.attributes?.sport ?? '-'}`);
    expect(
      sports(`Newcastle Falcons won. ${RUGBY_REPORT}`, [['Newcastle Falcons'], ['Newcastle', 2]]),
    ).toEqual(['Newcastle Falcons: rugby union', 'Newcastle (rugby union): rugby union']);
    expect(sports(FOOTBALL_REPORT, [['Newcastle']])).toEqual(['Newcastle: football']);
    expect(sports('Newcastle said profits rose.', [['Newcastle']])).toEqual(['Newcastle: -']);
  });

  it("keeps the name when it is a person's surname in the same report", () => {
    const text = `Chris Newcastle starred. ${RUGBY_REPORT}`;
    const recogniseWithPerson = createEntityRecogniser({
      gazetteer: loadGazetteer(),
      nerTagger: taggerOf([
        ['PER', 'Chris Newcastle'],
        ['ORG', 'Newcastle', 0.95, 2],
      ]),
    });
    expect(
      recogniseWithPerson(analyse(text))
        .filter((e) => e.type === 'Organization')
        .map((e) => e.name),
    ).toEqual(['Newcastle']);
  });
});
