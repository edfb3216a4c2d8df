import fc from 'fast-check';
import { canonicalUrl } from './index.js';
import { isTrackingParam } from './url.js';

const TRACKING = [
  'utm_source',
  'utm_medium',
  'UTM_Campaign',
  'utm_',
  'ref',
  'gh_src',
  'fbclid',
  'gclid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'si',
  'source',
  'src',
  'lever-source',
];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc
    .array(
      fc.constantFrom(
        'http',
        's',
        '://',
        'www.',
        'a',
        '.',
        '/',
        '?',
        '&',
        '=',
        '#',
        '%',
        ':80',
        '@',
        ' ',
        '\t',
        '[',
        ']',
        '..',
        'é',
        '%2e',
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join('')),
);

const link = fc.webUrl({ withQueryParameters: true, withFragments: true, size: 'small' });

describe('canonicalUrl', () => {
  it('spells a job link one way however it was shared', () => {
    const canonical = 'https://acme.example/careers/123?gh_jid=42';
    for (const shared of [
      'https://acme.example/careers/123?gh_jid=42',
      'http://www.acme.example/careers/123/?gh_jid=42&utm_source=x&utm_medium=recruiter',
      'HTTPS://WWW.Acme.Example:443/careers/123?ref=maria&gh_jid=42#apply',
      'https://acme.example/careers/123?gh_src=9f3a1c&gh_jid=42&src=x&source=referral',
      'https://acme.example/careers/123?lever-source=twitter&gh_jid=42&fbclid=abc',
    ]) {
      expect(canonicalUrl(shared)).toBe(canonical);
    }
  });

  it('sorts the parameters it keeps and keeps the root slash', () => {
    expect(canonicalUrl('https://example.com/search?q=b&a=2&q=a')).toBe(
      'https://example.com/search?a=2&q=a&q=b',
    );
    expect(canonicalUrl('https://example.com')).toBe('https://example.com/');
    expect(canonicalUrl('https://example.com/?utm_source=x')).toBe('https://example.com/');
    expect(canonicalUrl('https://example.com:8080/a/')).toBe('https://example.com:8080/a');
  });

  it('refuses what is not an http(s) link', () => {
    for (const s of [
      '',
      'example.com',
      'ftp://example.com/x',
      'mailto:a@b.c',
      'https://',
      'http://exa mple.com',
    ]) {
      expect(canonicalUrl(s)).toBeNull();
    }
  });

  it('never throws, and what it returns is https', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          anyText.map((s) => `https://${s}`),
          link,
        ),
        (s) => {
          const c = canonicalUrl(s);
          if (c !== null) expect(c.startsWith('https://')).toBe(true);
        },
      ),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          link,
          anyText.map((s) => `http://${s}`),
          anyText.map((s) => `https://www.${s}`),
        ),
        (s) => {
          const c = canonicalUrl(s);
          if (c !== null) expect(canonicalUrl(c)).toBe(c);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lets a tracking parameter through, and keeps the others', () => {
    fc.assert(
      fc.property(
        link,
        fc.array(fc.tuple(fc.constantFrom(...TRACKING), fc.string({ maxLength: 8 }))),
        fc.array(
          fc.tuple(
            fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/),
            fc.stringMatching(/^[a-z0-9]{0,6}$/),
          ),
          { maxLength: 3 },
        ),
        (base, tracking, kept) => {
          const u = new URL(base);
          for (const [k, v] of [...tracking, ...kept]) u.searchParams.append(k, v);
          const c = canonicalUrl(u.href);
          expect(c).not.toBeNull();
          const params = [...new URL(c!).searchParams.keys()];
          expect(params.filter(isTrackingParam)).toEqual([]);
          for (const [k] of kept) if (!isTrackingParam(k)) expect(params).toContain(k);
        },
      ),
    );
  });
});
