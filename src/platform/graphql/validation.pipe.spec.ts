import fc from 'fast-check';
import { findNul } from './validation.pipe.js';

describe('findNul', () => {
  it('finds a NUL anywhere in nested input and names its path', () => {
    expect(findNul({ name: 'ok', tags: ['a', 'b\u0000c'] })).toEqual(['tags', '1']);
    expect(findNul('x\u0000')).toEqual([]);
    expect(findNul({ a: { b: 'fine' } })).toBeNull();
  });

  it('reports nothing in input without NUL, and finds one added anywhere', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const clean = JSON.parse(JSON.stringify(v ?? null).replaceAll('\\u0000', '')) as unknown;
        expect(findNul(clean)).toBeNull();
        expect(findNul({ deep: [clean, 'x\u0000'] })).toEqual(['deep', '1']);
      }),
    );
  });
});
