/** Past this many consumed entries the list of line ends is compacted. */
const COMPACT_AFTER = 1024;

export interface LineEnds {
  /** The source's chunks, unchanged, for the line reader. */
  chunks: AsyncGenerator<Buffer>;
  /**
   * The byte offset just past line `line` (1-based), or every byte seen so far when that line
   * has not ended yet (a last line without a newline). Ask in increasing line order: earlier
   * ends are forgotten, so memory holds one chunk's lines at most.
   */
  endOfLine(line: number): number;
}

/**
 * Pass a stream's chunks through while noting where each line ends: the NDJSON reader names
 * its items by line number, and progress wants how many bytes had been consumed at each item,
 * exactly rather than rounded up to the chunk the reader has just taken.
 */
export function trackLineEnds(source: AsyncIterable<Uint8Array | string>): LineEnds {
  let ends: number[] = [];
  let head = 0;
  // The line whose end is ends[head].
  let headLine = 1;
  let bytes = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      const buf =
        typeof chunk === 'string'
          ? Buffer.from(chunk, 'utf8')
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) ends.push(bytes + i + 1);
      bytes += buf.length;
      yield buf;
    }
  }
  return {
    chunks: chunks(),
    endOfLine(line) {
      const skip = Math.min(Math.max(line - headLine, 0), ends.length - head);
      head += skip;
      headLine += skip;
      if (head > COMPACT_AFTER) {
        ends = ends.slice(head);
        head = 0;
      }
      return line === headLine && head < ends.length ? (ends[head] as number) : bytes;
    },
  };
}
