import fc from 'fast-check';
import { escapeLike, seekerVisibility } from './seekers.repository.js';

describe('seekerVisibility', () => {
  const user = (
    role: 'owner' | 'admin' | 'coach' | 'viewer' | 'seeker',
    seekerId: string | null = null,
  ) => ({ kind: 'user', userId: 'u', membershipId: 'm1', role, seekerId }) as const;

  it('lets owners, admins, viewers, API keys and the system see every seeker', () => {
    for (const p of [
      user('owner'),
      user('admin'),
      user('viewer'),
      { kind: 'apiKey', apiKeyId: 'k', scopes: ['read'] } as const,
      { kind: 'system', reason: 'test' } as const,
    ]) {
      expect(seekerVisibility(p)).toEqual({ kind: 'all' });
    }
  });

  it('limits a coach to their assignments and a seeker to themself', () => {
    expect(seekerVisibility(user('coach'))).toEqual({ kind: 'assigned', membershipId: 'm1' });
    expect(seekerVisibility(user('seeker', 's1'))).toEqual({ kind: 'self', seekerId: 's1' });
  });

  it('shows nothing to a seeker membership without a seeker record', () => {
    expect(seekerVisibility(user('seeker', null))).toEqual({ kind: 'none' });
  });
});

describe('escapeLike', () => {
  it('leaves no wildcard unescaped', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        // Remove escaped pairs; whatever is left must hold no live wildcard or lone backslash.
        const rest = escapeLike(s).replace(/\\[\\%_]/g, '');
        expect(rest).not.toMatch(/[\\%_]/);
      }),
    );
  });

  it('changes nothing in plain text', () => {
    expect(escapeLike('Ada Lovelace')).toBe('Ada Lovelace');
    expect(escapeLike('50%_\\')).toBe('50\\%\\_\\\\');
  });
});
