import fc from 'fast-check';
import { monthOf, splitCost } from './x-usage.service.js';

describe('cost attribution', () => {
  it('splits a cost over its payers without losing or inventing a micro-dollar', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 100 }), (total, n) => {
        const parts = splitCost(total, n);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThan(n);
      }),
    );
  });

  it('names the UTC month of a moment', () => {
    expect(monthOf(new Date('2026-11-30T23:59:59Z'))).toBe('2026-11-01');
    expect(monthOf(new Date('2026-12-01T00:00:00Z'))).toBe('2026-12-01');
  });
});
