import type { Adjacency } from './adjacency';

/**
 * Breadth-first distances to one entity, grown a level at a time on demand: after
 * `reach(level)`, every entity within `level` hops has its distance, and every entity nearer
 * than that has had its relationships read (one batched read per level).
 */
export class DistancesTo {
  private readonly distance: Map<string, number>;
  private frontier: string[];
  private level = 0;

  constructor(
    private readonly graph: Adjacency,
    end: string,
  ) {
    this.distance = new Map([[end, 0]]);
    this.frontier = [end];
  }

  reach(level: number): void {
    while (this.level < level && this.frontier.length > 0) {
      this.graph.expand(this.frontier);
      const next: string[] = [];
      for (const key of this.frontier) {
        for (const other of this.graph.neighbours(key)) {
          if (this.distance.has(other)) continue;
          this.distance.set(other, this.level + 1);
          next.push(other);
        }
      }
      this.frontier = next;
      this.level += 1;
    }
  }

  /** The distance when within the level reached; undefined when farther or unreachable. */
  get(key: string): number | undefined {
    return this.distance.get(key);
  }
}
