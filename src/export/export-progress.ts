/**
 * Counts items as they stream past and, once an export has run for `delayMs` (small exports stay
 * silent), reports on stderr every `intervalMs`: in place on a terminal, a line at a time in logs.
 */
export class ExportProgress {
  nodes = 0;
  edges = 0;
  private readonly started: number;
  private lastReport: number;
  private reported = false;

  constructor(
    private readonly stderr: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly options: { delayMs?: number; intervalMs?: number; now?: () => number } = {},
  ) {
    this.started = this.now();
    this.lastReport = this.started;
  }

  /** The same items, counted. */
  async *count<T>(items: AsyncIterable<T>, kind: 'nodes' | 'edges'): AsyncGenerator<T> {
    for await (const item of items) {
      this[kind] += 1;
      this.maybeReport();
      yield item;
    }
  }

  elapsedSeconds(): number {
    return (this.now() - this.started) / 1000;
  }

  /** Items per second so far. */
  rate(): number {
    return (this.nodes + this.edges) / Math.max(this.elapsedSeconds(), 1e-3);
  }

  stop(): void {
    if (this.reported && this.stderr.isTTY) this.stderr.write('\n');
  }

  private maybeReport(): void {
    // Checking the clock on every item would cost more than the item.
    if ((this.nodes + this.edges) % 256 !== 0) return;
    const now = this.now();
    const delay = this.reported
      ? (this.options.intervalMs ?? 2_000)
      : (this.options.delayMs ?? 2_000);
    if (now - this.lastReport < delay) return;
    this.lastReport = now;
    this.reported = true;
    const line = `export: ${this.nodes} nodes, ${this.edges} edges, ${this.rate().toFixed(0)} items/s`;
    this.stderr.write(this.stderr.isTTY ? `\r${line}` : `${line}\n`);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
