import { trackLineEnds } from '../../src/ingest/track-line-ends';

/** `text` cut into chunks of `size` bytes, as a file stream would deliver it. */
async function* chunksOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('trackLineEnds', () => {
  it('gives the exact end of each line across chunk boundaries, however many lines a chunk holds', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'é'.repeat(i % 7)}`);
    const text = lines.join('\n');
    const tracked = trackLineEnds(chunksOf(text, 997));
    const expected: number[] = [];
    let offset = 0;
    for (const line of lines) {
      offset += Buffer.byteLength(line, 'utf8') + 1;
      expected.push(Math.min(offset, Buffer.byteLength(text, 'utf8')));
    }

    const seen: number[] = [];
    let passed = '';
    let line = 1;
    for await (const chunk of tracked.chunks) {
      passed += chunk.toString('latin1');
      // Ask, as the reader does, for every line completed by what has been read.
      while (line <= lines.length && expected[line - 1]! <= passed.length) {
        seen.push(tracked.endOfLine(line));
        line += 1;
      }
    }
    expect(passed).toBe(Buffer.from(text, 'utf8').toString('latin1'));
    expect(seen).toEqual(expected);
  });

  it('answers a skipped line (blank ones yield no item) and a last line without a newline', async () => {
    const tracked = trackLineEnds(chunksOf('a\n\n\nbb\ncc', 4));
    for await (const chunk of tracked.chunks) void chunk;
    expect([1, 4, 5].map((n) => tracked.endOfLine(n))).toEqual([2, 7, 9]);
  });
});
