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
  { id: 'p:thatcher', type: 'Person', forms: ['Mrs Thatcher'] },
  { id: 'o:bbc', type: 'Organization', forms: ['BBC'] },
  { id: 'c:cn', type: 'Country', forms: ['China', 'Chinese'] },
  { id: 'c:is', type: 'Country', forms: ['Iceland'] },
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

  it('reads a quotation over several paragraphs as one quote per paragraph, same speaker', () => {
    // The BBC texts join a quotation's paragraphs on one line, each opening with a mark.
    expect(
      quotesOf(
        'Mr Blair spoke. He said: "It was a frightening experience. "Six men grabbed me from behind. "I knew I had to stay very calm."',
      ),
    ).toEqual([
      ['p:blair', 'It was a frightening experience.'],
      ['p:blair', 'Six men grabbed me from behind.'],
      ['p:blair', 'I knew I had to stay very calm.'],
    ]);
    expect(
      quotesOf(
        '"We will cut taxes for working families.\n"And we will do it this year," Brown said.',
      ),
    ).toEqual([
      ['p:brown', 'We will cut taxes for working families.'],
      ['p:brown', 'And we will do it this year'],
    ]);
  });

  it('gives a quote standing alone after an attributed one the same speaker', () => {
    expect(
      quotesOf('"We will win this election," Mr Blair said. "There is no doubt about it at all."'),
    ).toEqual([
      ['p:blair', 'We will win this election'],
      ['p:blair', 'There is no doubt about it at all.'],
    ]);
    expect(
      quotesOf(
        '"We will win this election," Mr Blair said. The minister then said: "That is not true at all."',
      ),
    ).toEqual([['p:blair', 'We will win this election']]);
  });

  it("attributes a quote inside reported speech to the nearest reporting verb's subject", () => {
    expect(quotesOf('Mr Blair said the plan was "a disaster for the whole country".')).toEqual([
      ['p:blair', 'a disaster for the whole country'],
    ]);
    expect(
      quotesOf(
        'Blair said the plan, which critics described as "a whitewash of the facts", was fair.',
      ),
    ).toEqual([]);
    expect(
      quotesOf('Blair and Brown said the plan was "a disaster for the whole country".'),
    ).toEqual([]);
  });

  it('finds the speaker through titles, appositives, "according to" and spokesmen', () => {
    expect(quotesOf('"We are ready for the talks," said Chinese President Xi Jinping.')).toEqual([
      ['p:xi', 'We are ready for the talks'],
    ]);
    expect(
      quotesOf(
        'But the chairman, Ambassador Gordon Brown of Iceland, warned there was "still a lot of work to do".',
      ),
    ).toEqual([['p:brown', 'still a lot of work to do']]);
    expect(quotesOf('"We have no plans to close it," said a spokesman for the BBC.')).toEqual([
      ['o:bbc', 'We have no plans to close it'],
    ]);
    expect(quotesOf('"The figures are simply wrong," according to Gordon Brown.')).toEqual([
      ['p:brown', 'The figures are simply wrong'],
    ]);
    expect(
      quotesOf('"We are doing research into it," Gordon Brown, a BBC spokesman told the paper.'),
    ).toEqual([['p:brown', 'We are doing research into it']]);
  });

  it('resolves a pronoun past people inside prepositional phrases and of the other sex', () => {
    expect(
      quotesOf(
        'In a speech on the re-election of Xi Jinping, Mr Blair said Iraq was safer.\n"We will stay the course in Iraq," he said.',
      ),
    ).toEqual([['p:blair', 'We will stay the course in Iraq']]);
    expect(
      quotesOf('Mrs Thatcher met Mr Blair.\n"I was held up in traffic again," she said.'),
    ).toEqual([['p:thatcher', 'I was held up in traffic again']]);
  });
});
