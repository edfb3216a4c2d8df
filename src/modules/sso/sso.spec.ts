import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { reasonFromError } from './sso.errors.js';
import type { ConnectionRow, JitRole } from './sso.repository.js';
import { chooseRole } from './sso.service.js';

const version = (pkg: string): number[] =>
  (
    JSON.parse(readFileSync(join(process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version
    .split(/[.-]/)
    .slice(0, 3)
    .map(Number);

const atLeast = (v: number[], min: number[]) => {
  for (let i = 0; i < min.length; i++) if (v[i] !== min[i]) return v[i] > min[i];
  return true;
};

describe('SSO libraries', () => {
  // The issue pins node-saml at 5.1.0 or later: older releases lack security fixes in its
  // signature checks, and the ACS trusts them with every tenant's sign-in.
  it('uses @node-saml/node-saml 5.1.0 or later', () => {
    expect(atLeast(version('@node-saml/node-saml'), [5, 1, 0])).toBe(true);
  });

  it('uses openid-client 6', () => {
    expect(version('openid-client')[0]).toBe(6);
  });
});

describe('chooseRole', () => {
  const connection = (over: Partial<ConnectionRow>) =>
    ({
      roleAttribute: 'affiliation',
      roleValues: { staff: 'coach', advisor: 'viewer', student: 'seeker' },
      defaultRole: 'seeker',
      ...over,
    }) as ConnectionRow;

  it('prefers a staff role whatever the order of values, and falls back to the default', () => {
    const values = fc.constantFrom('staff', 'advisor', 'student', 'alum', 'member');
    fc.assert(
      fc.property(fc.array(values, { maxLength: 6 }), (vals) => {
        const role = chooseRole(connection({}), { affiliation: vals });
        const expected: JitRole = vals.includes('staff')
          ? 'coach'
          : vals.includes('advisor')
            ? 'viewer'
            : 'seeker';
        expect(role).toBe(expected);
      }),
    );
  });

  it('answers null when nothing matches and there is no default', () => {
    expect(chooseRole(connection({ defaultRole: null }), { affiliation: ['alum'] })).toBeNull();
    expect(chooseRole(connection({ defaultRole: null }), {})).toBeNull();
  });

  it('ignores values that are not strings', () => {
    expect(chooseRole(connection({}), { affiliation: [{ staff: true }, 7] })).toBe('seeker');
  });
});

describe('reasonFromError', () => {
  it('names the claim at fault from openid-client’s wrapped cause', () => {
    const wrapped = (inner: string) =>
      new Error('unexpected JWT claim value encountered', { cause: new Error(inner) });
    expect(reasonFromError(wrapped('unexpected JWT "aud" (audience) claim value')).reason).toBe(
      'audience',
    );
    expect(reasonFromError(wrapped('unexpected ID Token "nonce" claim value')).reason).toBe(
      'nonce',
    );
    expect(reasonFromError(wrapped('unexpected JWT "alg" header parameter')).reason).toBe(
      'algorithm',
    );
  });

  it('never turns an unknown failure into anything but a refusal', () => {
    fc.assert(
      fc.property(fc.string(), (message) => {
        const refusal = reasonFromError(new Error(message));
        expect(refusal.status).toBeGreaterThanOrEqual(400);
        expect(refusal.status).toBeLessThan(500);
      }),
    );
  });
});
