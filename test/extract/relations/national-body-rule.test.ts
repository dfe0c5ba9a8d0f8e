import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'o:gov', type: 'Organization', forms: ['Chinese Government'] },
    { id: 'o:ministry', type: 'Organization', forms: ['Austrian Foreign Ministry'] },
    { id: 'o:farm', type: 'Organization', forms: ['Texas Department of Agriculture'] },
    { id: 'o:embassy', type: 'Organization', forms: ['Chinese Embassy'] },
    { id: 'o:air', type: 'Organization', forms: ['Chinese Airlines'] },
    { id: 'c:china', type: 'Country', forms: ['China'] },
    { id: 'c:australia', type: 'Country', forms: ['Australia'] },
    { id: 'c:austria', type: 'Country', forms: ['Austria'] },
    { id: 'l:texas', type: 'Location', forms: ['Texas'] },
  ],
  /^compound:national-body$/,
);

describe('nationalBodyRule: a state body named after a place the sentence names', () => {
  it('places a body named by the adjective of a country named beside it', () => {
    expect(triples('The plan, approved by the Chinese Government, sets goals for China.')).toEqual([
      ['o:gov', 'c:china', 'compound:national-body'],
    ]);
    expect(triples('Austria protested, and the Austrian Foreign Ministry wrote.')).toEqual([
      ['o:ministry', 'c:austria', 'compound:national-body'],
    ]);
  });

  it("places a body whose name starts with the place's own name", () => {
    expect(triples('Farmers in Texas wrote to the Texas Department of Agriculture.')).toEqual([
      ['o:farm', 'l:texas', 'compound:national-body'],
    ]);
  });

  it('does not match a look-alike adjective, a body kept abroad, or a firm', () => {
    expect(triples('Australia protested, and the Austrian Foreign Ministry wrote.')).toEqual([]);
    expect(triples('China protested, and the Chinese Embassy wrote.')).toEqual([]);
    expect(triples('China protested, and Chinese Airlines cancelled flights.')).toEqual([]);
  });

  it('needs the place named in the sentence, not only in the body name', () => {
    expect(triples('The Chinese Government approved the plan.')).toEqual([]);
  });
});
