import fc from 'fast-check';
import { hamming, isNearDuplicate, simhash } from './index.js';

/** A fixed vocabulary of made-up words: drawing indexes is much cheaper than drawing strings. */
const VOCAB = (() => {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  return Array.from({ length: 4000 }, () =>
    Array.from({ length: 2 + (next() % 8) }, () => String.fromCharCode(97 + (next() % 26))).join(
      '',
    ),
  );
})();
const word = fc.nat(VOCAB.length - 1).map((i) => VOCAB[i]);
const sentence = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((ws) => ws.join(' '));

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('simhash', () => {
  it('ignores case, punctuation, spacing, emoji and links', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.array(fc.constantFrom('', ' ', '!', '...', ',', ' 🎉', '\n'), { maxLength: 30 }),
        fc.stringMatching(/^[A-Za-z0-9]{10}$/),
        (words, noise, tco) => {
          const plain = words.join(' ');
          const shouted = words.map((w, i) => (i % 2 ? w.toUpperCase() : w) + (noise[i] ?? ' '));
          const linked = `${shouted.join(' ')} https://t.co/${tco}?utm_source=x`;
          expect(simhash(linked)).toBe(simhash(plain));
        },
      ),
    );
  });

  it('moves a few bits for a one-word edit and about half for unrelated texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sentence(15, 30), sentence(15, 30), word, fc.nat()), {
          minLength: 20,
          maxLength: 20,
        }),
        (cases) => {
          const edits: number[] = [];
          const unrelated: number[] = [];
          for (const [a, b, replacement, at] of cases) {
            const ws = a.split(' ');
            ws[at % ws.length] = `${replacement}x`;
            edits.push(hamming(simhash(a), simhash(ws.join(' '))));
            unrelated.push(hamming(simhash(a), simhash(b)));
          }
          expect(mean(edits)).toBeLessThan(12);
          expect(mean(unrelated)).toBeGreaterThan(24);
          expect(mean(unrelated) - mean(edits)).toBeGreaterThan(14);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('is a 64-bit value, 0 for text without words', () => {
    expect(simhash('')).toBe(0n);
    expect(simhash('🎉 https://t.co/abc !!!')).toBe(0n);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const h = simhash(s);
        expect(h >= 0n && h < 1n << 64n).toBe(true);
      }),
    );
  });

  it('groups one opening shared with different tracking links', () => {
    const company =
      "We're hiring a Senior Data Engineer in Austin (hybrid) https://t.co/aB3dE6gH9k #hiring";
    const employee =
      "we're hiring a senior data engineer in Austin (hybrid)! https://t.co/Zz91kLmQ0p #Hiring";
    const other =
      "We're hiring a Product Designer in Denver (remote) https://t.co/aB3dE6gH9k #hiring";
    expect(isNearDuplicate(company, employee)).toBe(true);
    expect(isNearDuplicate(company, other)).toBe(false);
  });
});

describe('hamming', () => {
  it('counts differing bits of 64-bit values', () => {
    const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
    fc.assert(
      fc.property(u64, u64, fc.integer({ min: 0, max: 63 }), (a, b, bit) => {
        expect(hamming(a, a)).toBe(0);
        expect(hamming(a, b)).toBe(hamming(b, a));
        expect(hamming(a, a ^ (1n << BigInt(bit)))).toBe(1);
        const d = hamming(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(64);
        expect(d).toBe([...(a ^ b).toString(2)].filter((c) => c === '1').length);
      }),
    );
    expect(hamming(0n, (1n << 64n) - 1n)).toBe(64);
  });
});
