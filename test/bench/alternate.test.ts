import { runAlternating } from '../../bench/alternate';

describe('runAlternating', () => {
  it('runs every item each run, flipping the order every other run', async () => {
    const seen: string[] = [];
    const results = await runAlternating(3, ['A', 'B'], async (item, run) => {
      seen.push(`${run}${item}`);
      return item.toLowerCase();
    });
    expect(seen).toEqual(['0A', '0B', '1B', '1A', '2A', '2B']);
    expect(results).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
  });
});
