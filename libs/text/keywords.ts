/**
 * What a set of posts talks about more than everyone else does: a company's themes against the
 * whole industry, a day's topics against the month. Raw frequency would rank "team" and "today"
 * first for everybody; a plain ratio would rank a word seen once in the foreground and never in the
 * background first. The weighted log-odds of Monroe, Colaresi and Quinn (2008, "Fightin' Words")
 * with an informative Dirichlet prior sits between the two: the background supplies the prior, so
 * rare words are shrunk towards it, and the score is a z-score, so a difference seen in many posts
 * outranks the same ratio seen in two.
 */
import { terms } from './tokenize.js';

export type TermCounts = Map<string, number>;

export interface DistinctiveTerm {
  term: string;
  /** Occurrences in the foreground. */
  count: number;
  /** z-score of the log-odds difference; positive means over-represented in the foreground. */
  score: number;
}

export interface CountOptions {
  /** Count a term once per text however often it repeats there (document frequency). */
  distinct?: boolean;
}

/** Term counts over texts, in order of first appearance. */
export function countTerms(texts: Iterable<string>, opts: CountOptions = {}): TermCounts {
  const counts: TermCounts = new Map();
  for (const text of texts) {
    const ts = terms(text);
    for (const t of opts.distinct ? new Set(ts) : ts) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** The sum of term counts, as a new map: e.g. hourly buckets into a day. */
export function mergeCounts(...parts: TermCounts[]): TermCounts {
  const out: TermCounts = new Map();
  for (const part of parts) {
    for (const [t, n] of part) if (n > 0) out.set(t, (out.get(t) ?? 0) + n);
  }
  return out;
}

const clean = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : 0);

/**
 * Terms over-represented in `foreground` against `background`, best first (ties by term), only
 * those with a positive score and at least `minCount` (2) foreground occurrences, at most `top`
 * (20). The background may contain the foreground or not; it may be empty.
 *
 * With y, n the term's and all foreground counts, b, B the same in the background, N = n + B and
 * V the size of the joint vocabulary, the prior is the pooled counts, lightly smoothed:
 *   alpha = N * (y + b + 0.5) / (N + 0.5 * (V + 1))       (sums to a0 = N less an unseen-word share)
 *   delta = ln((y + alpha) / (n + a0 - y - alpha)) - ln((b + alpha) / (B + a0 - b - alpha))
 *   score = delta / sqrt(1 / (y + alpha) + 1 / (b + alpha))
 * A term missing from the background still has a prior of about its own count, so its score is
 * finite and grows like the square root of its count instead of jumping to infinity.
 */
export function distinctiveTerms(
  foreground: TermCounts,
  background: TermCounts,
  opts: { top?: number; minCount?: number } = {},
): DistinctiveTerm[] {
  const top = Math.max(0, Math.floor(opts.top ?? 20));
  const minCount = opts.minCount ?? 2;
  let n = 0;
  for (const c of foreground.values()) n += clean(c);
  if (n === 0 || top === 0) return [];
  let B = 0;
  let V = 0;
  for (const c of background.values()) {
    B += clean(c);
    if (clean(c) > 0) V++;
  }
  for (const [t, c] of foreground) if (clean(c) > 0 && !(clean(background.get(t)) > 0)) V++;
  const N = n + B;
  const a0 = N;
  const scale = N / (N + 0.5 * (V + 1));

  const out: DistinctiveTerm[] = [];
  for (const [term, raw] of foreground) {
    const y = clean(raw);
    if (y === 0 || y < minCount) continue;
    const b = clean(background.get(term));
    const alpha = scale * (y + b + 0.5);
    const delta =
      Math.log((y + alpha) / (n + a0 - y - alpha)) - Math.log((b + alpha) / (B + a0 - b - alpha));
    const score = delta / Math.sqrt(1 / (y + alpha) + 1 / (b + alpha));
    if (score > 0 && Number.isFinite(score)) out.push({ term, count: y, score });
  }
  out.sort((p, q) => q.score - p.score || (p.term < q.term ? -1 : p.term > q.term ? 1 : 0));
  return out.slice(0, top);
}
