/**
 * The best `k` of a stream by score, in O(n log k) time and O(k) memory: a min-heap whose root is
 * the weakest kept item, so most candidates are turned away after one comparison.
 */
export class TopK<T extends { score: number; id: string }> {
  private readonly heap: T[] = [];

  constructor(private readonly k: number) {}

  /** Higher score first; equal scores by id, so the order never depends on arrival. */
  static better(a: { score: number; id: string }, b: { score: number; id: string }): boolean {
    return a.score > b.score || (a.score === b.score && a.id < b.id);
  }

  /** Whether an item with this score and id would be kept (cheap; call before building it). */
  admits(score: number, id: string): boolean {
    if (this.heap.length < this.k) return this.k > 0;
    return TopK.better({ score, id }, this.heap[0]);
  }

  push(item: T): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push(item);
      this.up(h.length - 1);
    } else if (this.k > 0 && TopK.better(item, h[0])) {
      h[0] = item;
      this.down(0);
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (TopK.better(a, b) ? -1 : TopK.better(b, a) ? 1 : 0));
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!TopK.better(h[parent], h[i])) break;
      [h[parent], h[i]] = [h[i], h[parent]];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && TopK.better(h[worst], h[l])) worst = l;
      if (r < h.length && TopK.better(h[worst], h[r])) worst = r;
      if (worst === i) return;
      [h[worst], h[i]] = [h[i], h[worst]];
      i = worst;
    }
  }
}
