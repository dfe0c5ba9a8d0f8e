/** A trie over token sequences: each edge is one token key, each node may hold payloads. */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: undefined };
  /**
   * Which first UTF-16 units the root's keys start with (index 0 for an empty key). Matching
   * starts a walk at every token, and most start with a letter no key starts with (no
   * abbreviation starts in lower case): one array read rules them out before a map look-up.
   */
  private readonly opening = new Uint8Array(65536);

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    this.opening[firstUnit(keys[0] as string)] = 1;
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
    if (from >= limit || this.opening[firstUnit(keyAt(from))] === 0) return undefined;
    let node: TrieNode<T> | undefined = this.root;
    let best: [number, readonly T[]] | undefined;
    for (let i = from; i < limit; i += 1) {
      node = node.next.get(keyAt(i));
      if (!node) break;
      if (node.values) best = [i + 1, node.values];
    }
    return best;
  }

  /**
   * As longestAt, over positions that each hold zero or more keys in order (a token's units:
   * "Guinea-Bissau" is two, "-" none): the longest key sequence from the first key of `from`
   * that holds payloads, as [end position (exclusive), whether it ends on that position's last
   * key, payloads]. Positions are read only as far as the walk goes.
   */
  longestAcross(
    from: number,
    limit: number,
    keysAt: (i: number) => readonly string[],
  ): [number, boolean, readonly T[]] | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: [number, boolean, readonly T[]] | undefined;
    for (let i = from; i < limit; i += 1) {
      const keys = keysAt(i);
      for (let k = 0; k < keys.length; k += 1) {
        node = node.next.get(keys[k] as string);
        if (!node) return best;
        if (node.values) best = [i + 1, k === keys.length - 1, node.values];
      }
    }
    return best;
  }
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | undefined;
}

function firstUnit(key: string): number {
  return key.length === 0 ? 0 : key.charCodeAt(0);
}
