/** A trie over token sequences: each edge is one token key, each node may hold payloads. */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: undefined };

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), values: undefined }));
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /**
   * The longest key sequence starting at `from` that holds payloads, as [end, payloads]
   * (end exclusive), or undefined. `keyAt` supplies the key of each position.
   */
  longestAt(
    from: number,
    limit: number,
    keyAt: (i: number) => string,
  ): [number, readonly T[]] | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: [number, readonly T[]] | undefined;
    for (let i = from; i < limit; i += 1) {
      node = node.next.get(keyAt(i));
      if (!node) break;
      if (node.values) best = [i + 1, node.values];
    }
    return best;
  }
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | undefined;
}
