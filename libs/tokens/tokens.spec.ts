import fc from 'fast-check';
import { v7 } from 'uuid';
import { mintToken, parseToken, secretMatches } from './index.js';

describe('tokens', () => {
  it('parses what it mints and matches the secret to the stored hash', () => {
    const tenantId = v7();
    const id = v7();
    const { token, secretHash } = mintToken('key', tenantId, id);
    const parsed = parseToken(token, 'key');
    expect(parsed).toMatchObject({ kind: 'key', tenantId, id });
    expect(secretMatches(parsed!.secret, secretHash)).toBe(true);
    expect(secretMatches(parsed!.secret.replace(/.$/, 'x'), secretHash)).toBe(false);
  });

  it('refuses a token of another kind', () => {
    const { token } = mintToken('rt', v7(), v7());
    expect(parseToken(token, 'key')).toBeNull();
  });

  it('refuses any single-character change through the checksum', () => {
    const { token } = mintToken('key', v7(), v7());
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: token.length - 1 }),
        fc.constantFrom(...'aZ09_-'),
        (i, c) => {
          fc.pre(token[i] !== c);
          const changed = token.slice(0, i) + c + token.slice(i + 1);
          expect(parseToken(changed, 'key')).toBeNull();
        },
      ),
    );
  });
});
