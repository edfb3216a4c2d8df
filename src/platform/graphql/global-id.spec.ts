import fc from 'fast-check';
import { v7 } from 'uuid';
import {
  ID_PREFIXES,
  fromGlobalId,
  parseGlobalId,
  toGlobalId,
  type NodeType,
} from './global-id.js';

const types = Object.keys(ID_PREFIXES) as NodeType[];

describe('global ids', () => {
  it('round-trips every uuid and type', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.constantFrom(...types), (uuid, type) => {
        const id = toGlobalId(type, uuid);
        expect(parseGlobalId(id)).toEqual({ type, uuid });
        expect(fromGlobalId(id, type)).toBe(uuid);
      }),
    );
  });

  it('answers NOT_FOUND for an id of another type', () => {
    const id = toGlobalId('Seeker', v7());
    expect(() => fromGlobalId(id, 'CoachNote')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('never throws anything but NOT_FOUND on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          fromGlobalId(s, 'Seeker');
        } catch (e) {
          expect((e as { code: string }).code).toBe('NOT_FOUND');
        }
      }),
    );
  });
});
