import { chooseByCoMentions, readNeighbours } from '../../src/resolve/co-mention-evidence';

async function* pairs(...list: [string, string][]) {
  for (const [source, target] of list) yield { kind: 'co-mention', source, target };
}

describe('chooseByCoMentions', () => {
  const holders = ['person:alastair-campbell', 'person:menzies-campbell'];

  it('picks the namesake whose own company the vague name keeps', async () => {
    const neighbours = await readNeighbours(
      pairs(
        ['person:campbell', 'wd:Q9545'],
        ['person:campbell', 'location:downing-street'],
        ['person:campbell', 'organization:labour'],
        ['person:alastair-campbell', 'wd:Q9545'],
        ['location:downing-street', 'person:alastair-campbell'],
        ['person:alastair-campbell', 'organization:labour'],
        ['person:menzies-campbell', 'organization:labour'],
        ['person:menzies-campbell', 'organization:liberal-democrats'],
      ),
      new Set(['person:campbell', ...holders]),
    );
    expect(chooseByCoMentions('person:campbell', holders, neighbours)).toBe(
      'person:alastair-campbell',
    );
  });

  it('chooses nobody when the company is shared by both namesakes or too thin', async () => {
    const neighbours = await readNeighbours(
      pairs(
        ['person:campbell', 'organization:labour'],
        ['person:campbell', 'wd:Q9545'],
        ['person:alastair-campbell', 'organization:labour'],
        ['person:alastair-campbell', 'wd:Q9545'],
        ['person:menzies-campbell', 'organization:labour'],
      ),
      new Set(['person:campbell', ...holders]),
    );
    expect(chooseByCoMentions('person:campbell', holders, neighbours)).toBeNull();
  });
});
