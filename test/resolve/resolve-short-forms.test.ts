import type { EntityType } from '../../src/model/entity-types';
import { createResolver } from '../../src/resolve';
import { buildExtraction, type EntityDraft } from '../fixtures/resolve/build-extraction';
import { createInMemoryLookup } from '../fixtures/resolve/in-memory-lookup';

const resolver = () =>
  createResolver({ lookup: createInMemoryLookup(), extractorVersion: 'test-extractor/1' });

function named(type: EntityType, name: string, sentence: number): EntityDraft {
  return { type, name, mentions: [{ sentence, text: name }] };
}

/** The key each mention text landed on, in article order. */
async function keysOfMentions(sentences: string[], entities: EntityDraft[]) {
  const graph = await resolver().resolveArticle(
    buildExtraction({ id: 'article', sentences, entities }),
  );
  return graph.mentions.map((m) => `${m.text} -> ${m.entityKey}`);
}

describe('short forms of a name given in full in the same article', () => {
  it('resolves an acronym the article spells out, whatever type the tagger gave it', async () => {
    expect(
      await keysOfMentions(
        ['The London Stock Exchange rejected the bid.', 'The LSE said no.'],
        [named('Organization', 'London Stock Exchange', 0), named('Location', 'LSE', 1)],
      ),
    ).toEqual([
      'London Stock Exchange -> organization:london-stock-exchange',
      'LSE -> organization:london-stock-exchange',
    ]);
  });

  it('leaves a one-word organisation alone beside a longer name it ends, or begins', async () => {
    // "The Times" beside the "Financial Times" is another paper; "Fiat" owns "Fiat Auto".
    expect(
      await keysOfMentions(
        ['The Financial Times and The Times agreed.', 'Fiat Auto lost money.', 'Fiat said so.'],
        [
          named('Organization', 'Financial Times', 0),
          named('Organization', 'Times', 0),
          named('Organization', 'Fiat Auto', 1),
          named('Organization', 'Fiat', 2),
        ],
      ),
    ).toEqual([
      'Financial Times -> organization:financial-times',
      'Times -> organization:times',
      'Fiat Auto -> organization:fiat-auto',
      'Fiat -> organization:fiat',
    ]);
  });

  it('leaves an acronym alone when two names of the article spell it', async () => {
    expect(
      await keysOfMentions(
        ['The London Stock Exchange and the London School of Economics met.', 'The LSE said no.'],
        [
          named('Organization', 'London Stock Exchange', 0),
          named('Organization', 'London School of Economics', 0),
          named('Organization', 'LSE', 1),
        ],
      ),
    ).toEqual([
      'London Stock Exchange -> organization:london-stock-exchange',
      'London School of Economics -> organization:london-school-of-economics',
      'LSE -> organization:lse',
    ]);
  });

  it('gives a lone surname cut at the hyphen to the double-barrelled name of the article', async () => {
    expect(
      await keysOfMentions(
        ['Robert Kilroy-Silk launched Veritas.', 'Mr Kilroy said so.'],
        [named('Person', 'Robert Kilroy-Silk', 0), named('Person', 'Kilroy', 1)],
      ),
    ).toEqual([
      'Robert Kilroy-Silk -> person:robert-kilroy-silk',
      'Kilroy -> person:robert-kilroy-silk',
    ]);
  });

  it('keeps a lone surname apart from a longer surname that has no hyphen', async () => {
    expect(
      await keysOfMentions(
        ['Iain Duncan Smith spoke.', 'Duncan replied.'],
        [named('Person', 'Iain Duncan Smith', 0), named('Person', 'Duncan', 1)],
      ),
    ).toEqual(['Iain Duncan Smith -> person:iain-duncan-smith', 'Duncan -> person:duncan']);
  });
});
