import fc from 'fast-check';
import { decodeCursor, decodeRowCursor, encodeCursor, encodeRowCursor } from './pagination.js';

describe('cursors', () => {
  it('round-trip every time PostgreSQL can store and every uuid', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.uuid(),
        (createdAt, id) => {
          expect(decodeCursor(encodeCursor({ createdAt, id }))).toEqual({ createdAt, id });
        },
      ),
    );
  });

  it('refuse anything else as BAD_USER_INPUT, never a value SQL would choke on', () => {
    const forged = Buffer.from(
      '-100000-01-01T00:00:00.000Z|0190a000-0000-7000-8000-000000000000',
    ).toString('base64url');
    expect(() => decodeCursor(forged)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          const c = decodeCursor(s);
          expect(c?.createdAt.getUTCFullYear()).toBeGreaterThanOrEqual(0);
        } catch (e) {
          expect((e as { code: string }).code).toBe('BAD_USER_INPUT');
        }
      }),
    );
  });

  it('read an explicit null as the first page', () => {
    expect(decodeCursor(null)).toBeNull();
    expect(decodeRowCursor('JobMatch', null)).toBeNull();
  });

  it('take back a row cursor only for its own list', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        expect(decodeRowCursor('JobMatch', encodeRowCursor('JobMatch', id))).toBe(id);
        expect(() => decodeRowCursor('VoiceDraft', encodeRowCursor('JobMatch', id))).toThrow(
          /cursor/,
        );
      }),
    );
  });
});
