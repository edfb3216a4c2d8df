/**
 * A seeded pseudo-random generator (sfc32, seeded through splitmix32). It is platform-independent
 * and fast, which is what a byte-identical demo world needs; it is not for secrets.
 */

// Globals are slow to reach inside Jest's vm sandbox (its global object defeats V8's inline
// caches) and this code runs hundreds of thousands of times per world, so it reads them once.
const { floor, imul, min, max, pow } = Math;
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // Fold any safe integer (and non-integers) into 32 bits so that every seed is usable.
    let s = (floor(seed) >>> 0) ^ (floor(seed / 4294967296) >>> 0);
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = imul(z ^ (z >>> 16), 0x85ebca6b);
      z = imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[floor(this.next() * items.length)];
  }

  /** `k` distinct items in random order (all of them when `k >= items.length`). */
  sample<T>(items: readonly T[], k: number): T[] {
    const n = min(max(0, floor(k)), items.length);
    if (n * 4 < items.length) {
      // Few from many: draw indexes instead of shuffling a copy of the whole list.
      const picked = new Set<number>();
      const out: T[] = [];
      while (out.length < n) {
        const i = floor(this.next() * items.length);
        if (!picked.has(i)) {
          picked.add(i);
          out.push(items[i]);
        }
      }
      return out;
    }
    const copy = items.slice();
    for (let i = 0; i < n; i++) {
      const j = i + floor(this.next() * (copy.length - i));
      const tmp = copy[i];
      copy[i] = copy[j]!;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }

  /** One of `items`, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** A skewed positive integer: most values small, a few large (for follower and like counts). */
  pareto(lo: number, alpha: number, hi: number): number {
    const u = 1 - this.next();
    return min(hi, floor(lo / pow(u, 1 / alpha)));
  }

  /**
   * An independent stream for one part of the world, so that changing how many peers there are
   * does not reshuffle the companies.
   */
  fork(label: string): Rng {
    let h = 2166136261;
    for (let i = 0; i < label.length; i++) h = imul(h ^ label.charCodeAt(i), 16777619);
    return new Rng((floor(this.next() * 4294967296) ^ h) >>> 0);
  }
}
