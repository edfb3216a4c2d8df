import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { signatureHeader, verifySignature } from './index.js';

describe('webhook signatures', () => {
  it('are HMAC-SHA256 over "<t>.<body>", as a receiver would compute it by hand', () => {
    const header = signatureHeader(['whsec_a'], 1_800_000_000, '{"x":1}');
    const manual = createHmac('sha256', 'whsec_a').update('1800000000.{"x":1}').digest('hex');
    expect(header).toBe(`t=1800000000,v1=${manual}`);
  });

  it('verify with either secret during a rotation, and refuse anything changed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (body, extra) => {
        const now = 1_800_000_000;
        const h = signatureHeader(['old', 'new'], now, body);
        expect(verifySignature(h, body, 'old', { now })).toEqual({ ok: true, timestamp: now });
        expect(verifySignature(h, body, 'new', { now }).ok).toBe(true);
        expect(verifySignature(h, body + extra, 'new', { now })).toEqual({
          ok: false,
          reason: 'mismatch',
        });
        expect(verifySignature(h, body, 'other', { now }).ok).toBe(false);
      }),
    );
  });

  it('refuse stale timestamps and malformed headers', () => {
    const h = signatureHeader(['s'], 1_800_000_000, 'b');
    expect(verifySignature(h, 'b', 's', { now: 1_800_000_301 })).toEqual({
      ok: false,
      reason: 'stale',
    });
    for (const bad of [undefined, '', 't=1', 'v1=abc', 't=x,v1=' + 'a'.repeat(64)]) {
      expect(verifySignature(bad, 'b', 's', { now: 1 })).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });
});
