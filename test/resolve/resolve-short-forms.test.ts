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

  it('resolves a one-word organisation to the one longer organisation it ends', async () => {
    expect(
      await keysOfMentions(
        ['Malcolm Glazer bid for Manchester United.', "United's board said no."],
        [named('Organization', 'Manchester United', 0), named('Organization', 'United', 1)],
      ),
    ).toEqual([
      'Manchester United -> organization:manchester-united',
      'United -> organization:manchester-united',
    ]);
  });

  it('leaves the short form alone when two names end with it, or it begins a name', async () => {
    expect(
      await keysOfMentions(
        [
          'Leeds United met Manchester United.',
          'United won.',
          'Fiat Auto lost money.',
          'Fiat said so.',
        ],
        [
          named('Organization', 'Leeds United', 0),
          named('Organization', 'Manchester United', 0),
          named('Organization', 'United', 1),
          named('Organization', 'Fiat Auto', 2),
          named('Organization', 'Fiat', 3),
        ],
      ),
    ).toEqual([
      'Leeds United -> organization:leeds-united',
      'Manchester United -> organization:manchester-united',
      'United -> organization:united',
      'Fiat Auto -> organization:fiat-auto',
      'Fiat -> organization:fiat',
    ]);
  });
});
