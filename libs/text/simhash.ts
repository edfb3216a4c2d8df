/**
 * Near-duplicate posts: the same opening posted by a company, re-posted by three recruiters with
 * their own tracking links, or a template filled twice. Counting those as independent would let one
 * recruiter's enthusiasm look like an industry trend. SimHash (Charikar 2002) maps a text to 64
 * bits such that similar texts differ in few bits, so duplicates are found by Hamming distance
 * without comparing texts pairwise.
 *
 * Features are the normalized tokens (lowercased words, numbers, #hashtags, @mentions, $cashtags)
 * with weight 2 and adjacent token pairs with weight 1, so word order counts but one edited word
 * moves only a few bits. Links and emoji are left out: every share of a link gets its own t.co
 * address, so a link says nothing about whether two texts are the same.
 */
import { tokenize } from './tokenize.js';

const MASK64 = (1n << 64n) - 1n;

/** Two independent 32-bit hashes of a string (FNV-1a and a multiplicative mix, each finalized). */
function hash64(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [fmix32(h1 ^ s.length), fmix32(h2 ^ Math.imul(s.length, 0x27d4eb2d))];
}

/** MurmurHash3's finalizer: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function features(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    switch (t.kind) {
      case 'word':
      case 'number':
        out.push(t.value);
        break;
      case 'hashtag':
        out.push(`#${t.value}`);
        break;
      case 'mention':
        out.push(`@${t.value}`);
        break;
      case 'cashtag':
        out.push(`$${t.value}`);
        break;
      case 'url':
      case 'emoji':
        break;
    }
  }
  return out;
}

/** The 64-bit SimHash of a text; 0n when it has no words. */
export function simhash(text: string): bigint {
  const fs = features(text);
  if (fs.length === 0) return 0n;
  const v = new Float64Array(64);
  const add = (feature: string, weight: number) => {
    const [lo, hi] = hash64(feature);
    for (let bit = 0; bit < 32; bit++) {
      v[bit] += (lo >>> bit) & 1 ? weight : -weight;
      v[bit + 32] += (hi >>> bit) & 1 ? weight : -weight;
    }
  };
  for (let i = 0; i < fs.length; i++) {
    add(fs[i], 2);
    // The separator cannot occur inside a token, so "a b" + "c" and "a" + "b c" differ.
    if (i > 0) add(`${fs[i - 1]}\u0000${fs[i]}`, 1);
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (v[bit] > 0) lo |= 1 << bit;
    if (v[bit + 32] > 0) hi |= 1 << bit;
  }
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Bits in which two 64-bit hashes differ (0 to 64). */
export function hamming(a: bigint, b: bigint): number {
  const x = (a ^ b) & MASK64;
  return popcount32(Number(x & 0xffffffffn)) + popcount32(Number(x >> 32n));
}

/**
 * Whether two texts are near duplicates: SimHashes at most `maxDistance` bits apart. The default
 * of 3 accepts changes of case, punctuation, spacing, links and emoji, and small edits to long
 * texts; one changed word in a 15-word post typically moves 5 to 10 bits, so pass a larger
 * distance (6 to 10) to group template fills, at the price of more false matches.
 */
export function isNearDuplicate(a: string, b: string, maxDistance = 3): boolean {
  return hamming(simhash(a), simhash(b)) <= maxDistance;
}
