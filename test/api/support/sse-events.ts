export interface SseEvents {
  /** The next data event's JSON payload; rejects if the stream ends first. */
  next(): Promise<unknown>;
  close(): Promise<void>;
}

/** A GraphQL-over-SSE response read one `next` event at a time. */
export function sseEvents(response: Response): SseEvents {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const ready: unknown[] = [];
  let buffer = '';
  return {
    async next() {
      while (ready.length === 0) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the event stream ended');
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data:'));
          if (block.startsWith('event: next') && data) ready.push(JSON.parse(data.slice(5)));
        }
      }
      return ready.shift();
    },
    close: () => reader.cancel(),
  };
}

/** Opens a subscription over SSE at `url`. */
export async function subscribe(url: string, query: string): Promise<SseEvents> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
  });
  if (!response.headers.get('content-type')?.includes('text/event-stream')) {
    throw new Error(`no event stream: ${response.status} ${await response.text()}`);
  }
  return sseEvents(response);
}
