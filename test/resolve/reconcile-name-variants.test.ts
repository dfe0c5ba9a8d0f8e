import type { TypedNode } from '../../src/resolve/reconcile-other-types';
import { planVariantMerges } from '../../src/resolve/reconcile-name-variants';

function org(key: string, name: string, articleCount: number, wikidataId?: string): TypedNode {
  return {
    key,
    type: 'Organization',
    name,
    aliases: [],
    articleCount,
    ...(wikidataId ? { wikidataId } : {}),
  };
}

const merged = (nodes: TypedNode[]) =>
  planVariantMerges(nodes).map(({ from, into }) => `${from.key} -> ${into.key}`);

describe('planVariantMerges', () => {
  it('joins an organisation named without its "Party" or "Inc." to the linked or better attested one', () => {
    expect(
      merged([
        org('wd:Q9626', 'Conservative Party', 160, 'Q9626'),
        org('organization:conservative', 'Conservative', 16),
        org('organization:mci', 'MCI', 9),
        org('organization:mci-inc', 'MCI Inc.', 1),
      ]),
    ).toEqual([
      'organization:conservative -> wd:Q9626',
      'organization:mci-inc -> organization:mci',
    ]);
  });

  it('joins a singular to the plural of a name of several words, but not of one word', () => {
    expect(
      merged([
        org('wd:Q9624', 'Liberal Democrats', 98, 'Q9624'),
        org('organization:liberal-democrat', 'Liberal Democrat', 56),
        org('organization:times', 'Times', 30),
        org('organization:time', 'Time', 12),
      ]),
    ).toEqual(['organization:liberal-democrat -> wd:Q9624']);
  });

  it('keeps divisions apart from the parent, and two linked organisations apart', () => {
    expect(
      merged([
        org('organization:bt', 'BT', 23),
        org('organization:bt-retail', 'BT Retail', 3),
        org('wd:Q1', 'Labour Party', 200, 'Q1'),
        org('wd:Q2', 'Labour', 20, 'Q2'),
      ]),
    ).toEqual([]);
  });
});
