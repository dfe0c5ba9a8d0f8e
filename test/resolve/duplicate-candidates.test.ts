import type { EntityType } from '../../src/model/entity-types';
import {
  findDuplicateCandidates,
  type CountedEntity,
} from '../../src/resolve/duplicate-candidates';

function entity(
  key: string,
  type: EntityType,
  name: string,
  mentionCount: number,
  aliases: string[] = [],
): CountedEntity {
  return { key, type, name, aliases, mentionCount, articleCount: mentionCount };
}

const reasons = (entities: CountedEntity[], top: number) =>
  findDuplicateCandidates(entities, top).map((e) => [
    e.name,
    e.candidates.map((c) => `${c.reason}:${c.key}`),
  ]);

describe('findDuplicateCandidates', () => {
  it('lists lone surnames, compatible names and mistyped names for the most mentioned only', () => {
    const entities = [
      entity('wd:Q9545', 'Person', 'Tony Blair', 500, ['Blair']),
      entity('person:blair', 'Person', 'Blair', 3),
      entity('organization:blair', 'Organization', 'Blair', 1),
      entity('person:george-w-bush', 'Person', 'George W. Bush', 90, ['Bush']),
      entity('person:george-bush', 'Person', 'George Bush', 5, ['Bush']),
      entity('person:cherie-blair', 'Person', 'Cherie Blair', 4, ['Blair']),
    ];
    expect(reasons(entities, 2)).toEqual([
      ['Tony Blair', ['lone-surname:person:blair', 'same-name-other-type:organization:blair']],
      ['George W. Bush', ['compatible-person:person:george-bush']],
    ]);
  });

  it('pairs an acronym of three letters or more with the names it spells, of any non-person type', () => {
    const entities = [
      entity('organization:lse', 'Organization', 'LSE', 69),
      entity('organization:london-stock-exchange', 'Organization', 'London Stock Exchange', 24),
      entity('organization:london-stock', 'Organization', 'London Stock', 2),
      entity('organization:gm', 'Organization', 'GM', 54),
      entity('organization:general-motors', 'Organization', 'General Motors', 5),
      entity('person:lee-sharpe-evans', 'Person', 'Lee Sharpe Evans', 1),
    ];
    expect(reasons(entities, 2)).toEqual([
      ['LSE', ['acronym:organization:london-stock-exchange']],
      ['GM', []],
    ]);
  });

  it('does not take a surname alias of a person for a place of that name', () => {
    const entities = [
      entity('location:england', 'Location', 'England', 500),
      entity('person:sport-england', 'Person', 'Sport England', 1, ['England']),
    ];
    expect(reasons(entities, 1)).toEqual([['England', []]]);
  });

  it('pairs organisations one word or a plural apart, not places named inside longer names', () => {
    const entities = [
      entity('wd:Q9624', 'Organization', 'Liberal Democrats', 177),
      entity('organization:liberal-democrat', 'Organization', 'Liberal Democrat', 59),
      entity('wd:Q9531', 'Organization', 'BBC', 700),
      entity('organization:bbc-news', 'Organization', 'BBC News', 20),
      entity('location:london', 'Location', 'London', 365),
      entity('organization:london-stock-exchange', 'Organization', 'London Stock Exchange', 24),
    ];
    expect(reasons(entities, 3)).toEqual([
      ['BBC', ['name-extends:organization:bbc-news']],
      ['London', []],
      ['Liberal Democrats', ['plural:organization:liberal-democrat']],
    ]);
  });

  it('pairs names of one type that differ by a slip of the pen in one word', () => {
    expect(
      reasons(
        [
          entity('wd:Q458', 'Organization', 'European Union', 300),
          entity('organization:europe-union', 'Organization', 'Europe Union', 1),
          entity('location:middle-east', 'Location', 'Middle East', 100),
          entity('location:middle-earth', 'Location', 'Middle Earth', 2),
        ],
        2,
      ),
    ).toEqual([
      ['European Union', ['misspelt:organization:europe-union']],
      ['Middle East', []],
    ]);
  });

  it('lists a short name inside a longer one, a first name standing alone, a spaced double-barrel and a one-word plural', () => {
    const entities = [
      entity('organization:house-of-lords', 'Organization', 'House of Lords', 41),
      entity('organization:lords', 'Organization', 'Lords', 9),
      entity('organization:elect-the-lords', 'Organization', 'Elect the Lords Campaign', 1),
      entity('person:paula-radcliffe', 'Person', 'Paula Radcliffe', 42),
      entity('organization:paula', 'Organization', 'Paula', 19),
      entity('location:sydney', 'Location', 'Sydney', 42),
      entity('person:sydney-poitier', 'Person', 'Sydney Poitier', 1),
      entity('person:robert-kilroy-silk', 'Person', 'Robert Kilroy-Silk', 119),
      entity('person:kilroy-silk', 'Person', 'Kilroy Silk', 2),
      entity('organization:oscar', 'Organization', 'Oscar', 71),
      entity('organization:oscars', 'Organization', 'Oscars', 15),
    ];
    expect(reasons(entities, 5)).toEqual([
      ['Robert Kilroy-Silk', ['lone-surname:person:kilroy-silk']],
      ['Oscar', ['plural:organization:oscars']],
      ['Sydney', []],
      ['Paula Radcliffe', ['first-name:organization:paula']],
      ['House of Lords', ['name-contains:organization:lords']],
    ]);
  });
});
