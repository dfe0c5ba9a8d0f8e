import { chooseByCoMentions, type Neighbours } from '../../src/resolve/co-mention-evidence';

/** Each entity's sentence company from co-mention pairs, as the store's coMentionsOf gives it. */
function neighboursOf(...list: [string, string][]): Neighbours {
  const neighbours = new Map<string, Set<string>>();
  const add = (key: string, other: string) =>
    neighbours.set(key, (neighbours.get(key) ?? new Set()).add(other));
  for (const [source, target] of list) {
    add(source, target);
    add(target, source);
  }
  return neighbours;
}

describe('chooseByCoMentions', () => {
  const holders = ['person:alastair-campbell', 'person:menzies-campbell'];

  it('picks the namesake whose own company the vague name keeps', () => {
    const neighbours = neighboursOf(
      ['person:campbell', 'wd:Q9545'],
      ['person:campbell', 'location:downing-street'],
      ['person:campbell', 'organization:labour'],
      ['person:alastair-campbell', 'wd:Q9545'],
      ['location:downing-street', 'person:alastair-campbell'],
      ['person:alastair-campbell', 'organization:labour'],
      ['person:menzies-campbell', 'organization:labour'],
      ['person:menzies-campbell', 'organization:liberal-democrats'],
    );
    expect(chooseByCoMentions('person:campbell', holders, neighbours)).toBe(
      'person:alastair-campbell',
    );
  });

  it('chooses nobody when the company is shared by both namesakes or too thin', () => {
    const neighbours = neighboursOf(
      ['person:campbell', 'organization:labour'],
      ['person:campbell', 'wd:Q9545'],
      ['person:alastair-campbell', 'organization:labour'],
      ['person:alastair-campbell', 'wd:Q9545'],
      ['person:menzies-campbell', 'organization:labour'],
    );
    expect(chooseByCoMentions('person:campbell', holders, neighbours)).toBeNull();
  });
});
