import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { Keyring, SecretBox, type SecretContext } from './index.js';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const here: SecretContext = {
  tenantId: 't-1',
  table: 'x_connections',
  column: 'access_token',
  rowId: 'r-1',
};

describe(SecretBox.name, () => {
  const box = new SecretBox(new Keyring('k1', { k1 }));

  it('stores v1.kid.nonce.ct.tag and gets the plaintext back in the same place', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const stored = box.encrypt(text, here);
        expect(stored).toMatch(/^v1\.k1\.[\w-]{16}\.[\w-]*\.[\w-]{22}$/);
        expect(box.decrypt(stored, here)).toBe(text);
      }),
    );
  });

  it('refuses a ciphertext moved to another row, column, table or tenant', () => {
    const stored = box.encrypt('oauth-access-token', here);
    for (const moved of [
      { ...here, rowId: 'r-2' },
      { ...here, tenantId: 't-2' },
      { ...here, column: 'refresh_token' },
      { ...here, table: 'other' },
    ]) {
      expect(() => box.decrypt(stored, moved)).toThrow('does not decrypt here');
    }
  });

  it('refuses any single flipped bit', () => {
    const stored = box.encrypt('oauth-access-token', here);
    const [v, kid, nonce, ct, tag] = stored.split('.');
    fc.assert(
      fc.property(
        fc.constantFrom('nonce', 'ct', 'tag'),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        (part, at, bit) => {
          const parts = { nonce, ct, tag } as Record<string, string>;
          const bytes = Buffer.from(parts[part], 'base64url');
          bytes[at % bytes.length] ^= 1 << bit;
          parts[part] = bytes.toString('base64url');
          const tampered = [v, kid, parts.nonce, parts.ct, parts.tag].join('.');
          expect(() => box.decrypt(tampered, here)).toThrow();
        },
      ),
    );
  });

  it('never repeats a nonce in 100,000 encryptions', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(box.encrypt('x', here).split('.')[2]);
    expect(seen.size).toBe(100_000);
  });

  it('rotates: old values decrypt with k2 primary, re-encryption moves them to k2, and k1 can then go', () => {
    const old = box.encrypt('token', here);
    const rotated = new SecretBox(new Keyring('k2', { k2, k1 }));
    expect(rotated.decrypt(old, here)).toBe('token');
    expect(rotated.needsRotation(old)).toBe(true);
    const moved = rotated.reencrypt(old, here);
    expect(SecretBox.keyId(moved)).toBe('k2');
    const withoutK1 = new SecretBox(new Keyring('k2', { k2 }));
    expect(withoutK1.decrypt(moved, here)).toBe('token');
    expect(() => withoutK1.decrypt(old, here)).toThrow('not configured');
  });

  it('parses keyrings from configuration', () => {
    const single = Keyring.parse(k1.toString('base64'));
    expect(single.primary).toBe('k1');
    const multi = Keyring.parse(`k2:${k2.toString('base64')},k1:${k1.toString('base64')}`);
    expect(multi.primary).toBe('k2');
    expect(multi.key('k1')).toEqual(k1);
    expect(() => Keyring.parse('k1:c2hvcnQ=')).toThrow('32 bytes');
  });
});
