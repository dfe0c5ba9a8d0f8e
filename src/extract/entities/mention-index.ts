import type { RawMention } from './raw-mention';

/** Which mention claims each token; nested mentions do not claim their tokens. */
export class MentionIndex {
  private readonly byToken: (RawMention | undefined)[];

  constructor(tokenCount: number) {
    this.byToken = new Array<RawMention | undefined>(tokenCount);
  }

  at(i: number): RawMention | undefined {
    return this.byToken[i];
  }

  isFree(first: number, end: number): boolean {
    for (let i = first; i < end; i += 1) if (this.byToken[i]) return false;
    return true;
  }

  claim(m: RawMention): void {
    for (let i = m.firstToken; i < m.endToken; i += 1) this.byToken[i] = m;
  }

  /** Remove the claims of mentions that a larger one replaces. */
  release(m: RawMention): void {
    for (let i = m.firstToken; i < m.endToken; i += 1)
      if (this.byToken[i] === m) this.byToken[i] = undefined;
  }
}
