import { createAnalyser } from '../../src/extract/nlp';
import { extractQuotes } from '../../src/extract/quotes';
import { MentionIndex } from '../../src/extract/relations/mention-index';
import type { EntitySpec } from './relations-test-entities';
import { entitiesIn } from './relations-test-entities';

const analyse = createAnalyser();
const PEOPLE: EntitySpec[] = [
  { id: 'p:putin', type: 'Person', forms: ['Vladimir Putin', 'Putin'] },
  { id: 'p:xi', type: 'Person', forms: ['Xi Jinping', 'Xi'] },
  { id: 'p:blair', type: 'Person', forms: ['Tony Blair', 'Mr Blair', 'Blair'] },
  { id: 'p:brown', type: 'Person', forms: ['Gordon Brown', 'Brown'] },
  { id: 'o:bbc', type: 'Organization', forms: ['BBC'] },
];

function quotesOf(text: string) {
  const analysed = analyse(text);
  const quotes = extractQuotes(analysed, new MentionIndex(entitiesIn(analysed, PEOPLE)));
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes.map((q) => [q.speaker, q.text]);
}

describe('extractQuotes', () => {
  it('attributes "…," X said', () => {
    expect(quotesOf('"We will not raise income tax," Mr Blair said.')).toEqual([
      ['p:blair', 'We will not raise income tax'],
    ]);
  });

  it('attributes "…," said X and X said: "…"', () => {
    expect(quotesOf('“The economy is strong and growing,” said Gordon Brown.')).toEqual([
      ['p:brown', 'The economy is strong and growing'],
    ]);
    expect(quotesOf('Mr Blair told the BBC: "I have no regrets about the decision."')).toEqual([
      ['p:blair', 'I have no regrets about the decision.'],
    ]);
  });

  it('attributes across an appositive', () => {
    expect(quotesOf('"It is a great day for us," Brown, the chancellor, said.')).toEqual([
      ['p:brown', 'It is a great day for us'],
    ]);
  });

  it('resolves "he said" to the person named last, and skips when two people compete', () => {
    expect(quotesOf('Blair arrived late.\n"I was held up in traffic again," he said.')).toEqual([
      ['p:blair', 'I was held up in traffic again'],
    ]);
    expect(quotesOf('Blair met Brown.\n"I was held up in traffic again," he said.')).toEqual([]);
  });

  it('accepts a paragraph whose opening mark is missing when the attribution follows', () => {
    const text =
      'Putin spoke next.\n\nTogether with our friends, we stand guard over truth,” Putin said.';
    expect(quotesOf(text)).toEqual([
      ['p:putin', 'Together with our friends, we stand guard over truth'],
    ]);
  });

  it('ignores scare quotes and unattributed quotes', () => {
    expect(quotesOf('Putin, welcoming Xi as a “dear friend,” echoed the sentiment.')).toEqual([]);
    expect(quotesOf('The sign read "no entry for anyone after dark today".')).toEqual([]);
  });

  it('reads the intro-colon, quote paragraph, attribution-line layout', () => {
    const text = [
      'Appearing to criticize the West, Xi said:',
      'In the face of bullying, China will work with Russia to shoulder responsibilities.',
      'Chinese President Xi Jinping.',
      'Later, the BBC noted:',
      'Many say that China has some concerns about the rapprochement.',
      'Tony Blair, BBC.',
    ].join('\n\n');
    expect(quotesOf(text)).toEqual([
      [
        'p:xi',
        'In the face of bullying, China will work with Russia to shoulder responsibilities.',
      ],
      ['p:blair', 'Many say that China has some concerns about the rapprochement.'],
    ]);
  });

  it('skips the layout when the intro and the attribution line name different people', () => {
    const text = 'Blair said:\n\nWe will fight on with everything we have.\n\nGordon Brown.';
    expect(quotesOf(text)).toEqual([]);
  });
});
