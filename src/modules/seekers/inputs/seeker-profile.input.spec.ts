import fc from 'fast-check';
import { normalizeProfile, profileProblems } from './seeker-profile.input.js';

describe('normalizeProfile', () => {
  it('trims, lowercases the email and collapses inner spaces of the name', () => {
    expect(normalizeProfile({ name: '  Ada   Lovelace ', email: ' ADA@Example.COM ' })).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    });
  });

  it('drops blank and case-insensitively repeated list items, keeping the first spelling', () => {
    expect(
      normalizeProfile({ targetRoles: [' Data Science ', 'data  science', '', 'ML'] }),
    ).toEqual({ targetRoles: ['Data Science', 'ML'] });
  });

  it('leaves out absent and null fields, except headline where null clears it', () => {
    expect(normalizeProfile({ name: null, locations: null, careerStage: null })).toEqual({});
    expect(normalizeProfile({ headline: null })).toEqual({ headline: null });
    expect(normalizeProfile({ headline: '   ' })).toEqual({ headline: null });
  });

  it('is idempotent', () => {
    const text = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(
        fc.record(
          { name: text, email: text, headline: text, industries: fc.array(text, { maxLength: 5 }) },
          { requiredKeys: [] },
        ),
        (input) => {
          const once = normalizeProfile(input);
          expect(normalizeProfile(once)).toEqual(once);
        },
      ),
    );
  });
});

describe('profileProblems', () => {
  it('accepts a normal profile', () => {
    expect(
      profileProblems({ name: 'Ada', email: 'ada@example.com', locations: ['Paris'] }),
    ).toEqual([]);
  });

  it('names each field at fault', () => {
    const problems = profileProblems({
      name: '',
      email: 'not-an-email',
      industries: Array.from({ length: 21 }, (_, i) => `i${i}`),
      locations: ['x'.repeat(101)],
    });
    expect(problems.map((p) => p.field)).toEqual([
      ['name'],
      ['email'],
      ['industries'],
      ['locations'],
    ]);
  });
});
