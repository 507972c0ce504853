/**
 * The k best (score, index) pairs of a stream, in a bounded min-heap: O(n log k) and no allocation
 * per item, instead of scoring objects for everyone and sorting them all. Ties go to the lower
 * index, so a ranking is deterministic.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly indexes: Int32Array;
  private count = 0;

  constructor(readonly k: number) {
    this.scores = new Float64Array(k);
    this.indexes = new Int32Array(k);
  }

  /** The score an item must beat to enter once the heap is full. */
  get threshold(): number {
    return this.count < this.k ? -Infinity : this.scores[0]!;
  }

  offer(score: number, index: number): void {
    if (this.k === 0) return;
    if (this.count < this.k) {
      this.scores[this.count] = score;
      this.indexes[this.count] = index;
      this.count++;
      this.siftUp(this.count - 1);
      return;
    }
    if (!this.better(score, index, this.scores[0]!, this.indexes[0]!)) return;
    this.scores[0] = score;
    this.indexes[0] = index;
    this.siftDown(0);
  }

  /** Indexes, best first. */
  drain(): { index: number; score: number }[] {
    const items = Array.from({ length: this.count }, (_, j) => ({
      index: this.indexes[j]!,
      score: this.scores[j]!,
    }));
    this.count = 0;
    return items.sort((a, b) => b.score - a.score || a.index - b.index);
  }

  private better(scoreA: number, indexA: number, scoreB: number, indexB: number): boolean {
    return scoreA > scoreB || (scoreA === scoreB && indexA < indexB);
  }

  /** The root holds the worst item kept. */
  private siftUp(at: number): void {
    let child = at;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (
        !this.better(this.scores[parent]!, this.indexes[parent]!, this.scores[child]!, this.indexes[child]!)
      )
        return;
      this.swap(parent, child);
      child = parent;
    }
  }

  private siftDown(at: number): void {
    let parent = at;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (
        left < this.count &&
        this.better(this.scores[worst]!, this.indexes[worst]!, this.scores[left]!, this.indexes[left]!)
      )
        worst = left;
      if (
        right < this.count &&
        this.better(this.scores[worst]!, this.indexes[worst]!, this.scores[right]!, this.indexes[right]!)
      )
        worst = right;
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }

  private swap(a: number, b: number): void {
    const score = this.scores[a]!;
    const index = this.indexes[a]!;
    this.scores[a] = this.scores[b]!;
    this.indexes[a] = this.indexes[b]!;
    this.scores[b] = score;
    this.indexes[b] = index;
  }
}
