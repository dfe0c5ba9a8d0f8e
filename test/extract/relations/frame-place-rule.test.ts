import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'l:colorado', type: 'Location', forms: ['Colorado'] },
    { id: 'l:oregon', type: 'Location', forms: ['Oregon'] },
    { id: 'l:denver', type: 'Location', forms: ['Denver'] },
    { id: 'l:bend', type: 'Location', forms: ['Bend'] },
    { id: 'l:chicago', type: 'Location', forms: ['Chicago'] },
    { id: 'l:paris', type: 'Location', forms: ['Paris'] },
    { id: 'c:france', type: 'Country', forms: ['France'] },
    { id: 'l:london', type: 'Location', forms: ['London'], kind: 'capital' },
  ],
  /^frame:place-in-frame$/,
);

describe('framePlaceRule: a place in the state a sentence opens with', () => {
  it('places what the sentence locates with "in" or "near" inside the opening state', () => {
    expect(triples('In Colorado, 13 inches of snow fell in Denver on Wednesday.')).toEqual([
      ['l:denver', 'l:colorado', 'frame:place-in-frame'],
    ]);
    expect(triples('Oregon: Fires near Bend have burned 80,000 acres.')).toEqual([
      ['l:bend', 'l:oregon', 'frame:place-in-frame'],
    ]);
  });

  it('leaves a destination, a capital and a place with its own container', () => {
    expect(triples('In Colorado, officials flew to Chicago on Monday.')).toEqual([]);
    expect(triples('In Colorado, the news was read in London.')).toEqual([]);
    expect(triples('In Colorado, a man arrested in Paris, France, was named.')).toEqual([]);
  });

  it('needs the frame at the opening, followed by a comma', () => {
    expect(triples('Snow fell in Denver and in Colorado.')).toEqual([]);
  });
});
