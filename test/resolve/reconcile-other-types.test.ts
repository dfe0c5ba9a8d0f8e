import type { EntityType } from '../../src/model/entity-types';
import { planTypeMerges, type TypedNode } from '../../src/resolve/reconcile-other-types';

function node(
  key: string,
  type: EntityType,
  name: string,
  articleCount: number,
  aliases: string[] = [],
): TypedNode {
  return { key, type, name, aliases, articleCount };
}

const merged = (nodes: TypedNode[]) =>
  planTypeMerges(nodes).map(({ from, into }) => `${from.key} -> ${into.key}`);

describe('planTypeMerges', () => {
  it('merges an organisation the tagger once called "Blair" into the dominant Blair', () => {
    expect(
      merged([
        {
          ...node('wd:Q9545', 'Person', 'Tony Blair', 157, ['Blair', 'Mr Blair']),
          wikidataId: 'Q9545',
        },
        node('person:cherie-blair', 'Person', 'Cherie Blair', 4, ['Blair', 'Mrs Blair']),
        node('organization:blair', 'Organization', 'Blair', 1),
      ]),
    ).toEqual(['organization:blair -> wd:Q9545']);
  });

  it('merges a one-word "person" never titled into the club of that name, even when it has more articles', () => {
    expect(
      merged([
        node('person:chelsea', 'Person', 'Chelsea', 61),
        node('organization:chelsea', 'Organization', 'Chelsea', 27),
      ]),
    ).toEqual(['person:chelsea -> organization:chelsea']);
  });

  it('merges a never-titled "person" into an organisation of exactly its name named at least as often', () => {
    expect(
      merged([
        node('person:deutsche-boerse', 'Person', 'Deutsche Boerse', 8, ['Boerse']),
        node('organization:deutsche-boerse', 'Organization', 'Deutsche Boerse', 10),
        node('person:kelly-holmes', 'Person', 'Kelly Holmes', 14, ['Holmes']),
        node('organization:kelly-holmes', 'Organization', 'Kelly Holmes', 3),
      ]),
    ).toEqual([
      'organization:kelly-holmes -> person:kelly-holmes',
      'person:deutsche-boerse -> organization:deutsche-boerse',
    ]);
  });

  it('never merges away a one-word person who is somebody’s surname or was titled', () => {
    const merges = planTypeMerges([
      node('person:campbell', 'Person', 'Campbell', 3),
      node('person:alastair-campbell', 'Person', 'Alastair Campbell', 11, ['Campbell']),
      node('person:menzies-campbell', 'Person', 'Menzies Campbell', 9, ['Campbell']),
      node('organization:campbell', 'Organization', 'Campbell', 4),
      node('person:kilroy', 'Person', 'Kilroy', 10, ['Mr Kilroy']),
      node('organization:kilroy', 'Organization', 'Kilroy', 4),
    ]);
    expect(merges.map((m) => m.from.key)).not.toContain('person:campbell');
    expect(merges.map((m) => m.from.key)).not.toContain('person:kilroy');
  });

  it('leaves a mistyped surname alone when the namesakes tie', () => {
    expect(
      merged([
        node('person:alastair-campbell', 'Person', 'Alastair Campbell', 11, ['Campbell']),
        node('person:menzies-campbell', 'Person', 'Menzies Campbell', 9, ['Campbell']),
        node('location:campbell', 'Location', 'Campbell', 3),
      ]),
    ).toEqual([]);
  });

  it('keeps a city and its club apart, but not an acronym the tagger called a place', () => {
    expect(
      merged([
        node('organization:liverpool', 'Organization', 'Liverpool', 43),
        node('location:liverpool', 'Location', 'Liverpool', 6),
        node('organization:bt', 'Organization', 'BT', 21),
        node('location:bt', 'Location', 'BT', 6),
      ]),
    ).toEqual(['location:bt -> organization:bt']);
  });

  it('merges nothing when two persons of the surname are named about as often', () => {
    expect(
      merged([
        node('person:andy-robinson', 'Person', 'Andy Robinson', 28, ['Robinson']),
        node('person:jason-robinson', 'Person', 'Jason Robinson', 19, ['Robinson']),
        node('organization:robinson', 'Organization', 'Robinson', 1),
      ]),
    ).toEqual([]);
  });
});
