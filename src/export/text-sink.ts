import { once } from 'node:events';

/**
 * Collects small strings into chunks of about `chunkSize` characters before writing them, and
 * waits for 'drain' whenever the stream asks it to: a slow disk or a slow pipe reader slows the
 * export down instead of letting memory grow.
 */
export class TextSink {
  private buffer: string[] = [];
  private buffered = 0;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly chunkSize = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= this.chunkSize) await this.flush();
  }

  /** Writes what is buffered and waits until the stream can take more. Does not end it. */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}
