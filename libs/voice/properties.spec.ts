import fc from 'fast-check';
import { auditPosts, checkDraft, findPersonalData, voiceProfile, xLength } from './index.js';

const fragment = fc.constantFrom(
  'dbt ',
  'pipelines ',
  '#SQL ',
  'career change ',
  'Airflow. ',
  'damn ',
  'sh1t ',
  'my boss is an idiot ',
  'call (512) 555-0123 ',
  'born 1998-04-02 ',
  'https://t.co/x ',
  'example.com ',
  '🎉 ',
  '日本語 ',
  "don't ",
  '!!! ',
  '\n',
  '@acme ',
  '#',
  '-',
  "'",
);
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fragment, { maxLength: 20 }).map((parts) => parts.join('')),
);
const time = fc.oneof(
  fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2027, 0, 1) }),
  fc.constantFrom(Number.NaN, Infinity, -1, 0, 8.64e15, -8.64e15, 1e300),
);
const postArb = fc.record(
  {
    id: fc.string({ maxLength: 5 }),
    text,
    createdAt: time,
    urls: fc.array(fc.oneof(fc.webUrl(), fc.string({ maxLength: 10 })), { maxLength: 2 }),
    isReply: fc.boolean(),
    isRepost: fc.boolean(),
  },
  { requiredKeys: ['id', 'text', 'createdAt'] },
);
// Ids are unique within a timeline, as they are on X; their spelling is arbitrary.
const posts = fc
  .array(postArb, { maxLength: 25 })
  .map((ps) => ps.map((p, i) => ({ ...p, id: `${p.id}#${i}` })));
/** Terms made of letters, so that appending one to a post always adds the term as written. */
const term = fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8})?$/);
const pillarsArb = fc.array(
  fc.record({ name: fc.string({ maxLength: 8 }), terms: fc.array(term, { maxLength: 4 }) }),
  { maxLength: 5 },
);
const now = fc.option(time, { nil: undefined });

const inUnit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
const inPercent = (x: number) => Number.isInteger(x) && x >= 0 && x <= 100;

describe('voice properties', () => {
  it('profiles any posts without throwing, shares in [0, 1], consistency in [0, 100]', () => {
    fc.assert(
      fc.property(posts, pillarsArb, now, (ps, pillars, at) => {
        const p = voiceProfile(ps, pillars, { now: at });
        expect(p.pillarShare.every((s) => inUnit(s.share))).toBe(true);
        expect(inUnit(p.onPillarShare)).toBe(true);
        expect(inPercent(p.consistency)).toBe(true);
        expect(p.months.length).toBeLessThanOrEqual(120);
        for (const m of p.months) {
          expect(inUnit(m.onPillarShare)).toBe(true);
          expect(inPercent(m.consistency)).toBe(true);
          expect(m.month).toMatch(/^-?\d{4,6}-\d{2}$/);
          expect(m.readability.grade).toBeGreaterThanOrEqual(0);
          expect(m.readability.grade).toBeLessThanOrEqual(20);
          expect(m.themes.length).toBeLessThanOrEqual(5);
          expect(m.pillarShare).toHaveLength(p.pillarShare.length);
          for (const s of m.pillarShare) expect(inUnit(s.share) && s.posts <= m.posts).toBe(true);
        }
        expect(p.tone.sentiment).toBeGreaterThanOrEqual(-1);
        expect(p.tone.sentiment).toBeLessThanOrEqual(1);
        expect(inUnit(p.tone.formality)).toBe(true);
        expect(Number.isFinite(p.cadence.postsPerWeek)).toBe(true);
        expect(Number.isFinite(p.cadence.longestGapDays)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a pillar share when a post gains one of its terms', () => {
    fc.assert(
      fc.property(
        fc.array(postArb, { minLength: 1, maxLength: 15 }),
        pillarsArb.filter((p) => p.some((x) => x.terms.length > 0)),
        fc.nat(),
        fc.nat(),
        (ps, pillars, i, j) => {
          const withTerms = pillars.filter((p) => p.terms.length > 0);
          const pillar = withTerms[j % withTerms.length];
          const added = pillar.terms[j % pillar.terms.length];
          const k = i % ps.length;
          const edited = ps.map((p, n) => (n === k ? { ...p, text: `${p.text} ${added}` } : p));
          const before = voiceProfile(ps, pillars).pillarShare;
          const after = voiceProfile(edited, pillars).pillarShare;
          after.forEach((s, n) => expect(s.share).toBeGreaterThanOrEqual(before[n].share));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('audits any posts without throwing, one finding per post and reason', () => {
    fc.assert(
      fc.property(
        posts,
        pillarsArb,
        now,
        fc.array(fc.webUrl(), { maxLength: 3 }),
        (ps, pillars, at, dead) => {
          const findings = auditPosts(ps, {
            pillars: pillars,
            now: at,
            brokenUrls: new Set(dead),
          });
          const keys = findings.map((f) => `${f.postId}\u0000${f.reason}`);
          expect(new Set(keys).size).toBe(keys.length);
          expect(findings.filter((f) => f.reason === 'off_pillar').length).toBeLessThanOrEqual(5);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('checks any draft without throwing; ok exactly when nothing is an error', () => {
    fc.assert(
      fc.property(text, pillarsArb, posts, (draft, pillars, ps) => {
        const profile = voiceProfile(ps, pillars);
        for (const p of [profile, null]) {
          const check = checkDraft(draft, p, pillars);
          expect(check.length).toBe(xLength(draft));
          expect(check.ok).toBe(check.findings.every((f) => f.severity !== 'error'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never shows the whole of a phone number it found', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 999 }),
        fc.integer({ min: 200, max: 999 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('(A) B-C', 'A-B-C', 'A.B.C', '+1 A B C'),
        text,
        (a, b, c, format, around) => {
          const last = String(c).padStart(4, '0');
          const phone = format.replace('A', String(a)).replace('B', String(b)).replace('C', last);
          const found = findPersonalData(`${around} text me at ${phone} thanks`);
          const shown = found.map((m) => m.masked).join(' ');
          expect(found.some((m) => m.kind === 'phone')).toBe(true);
          expect(shown).not.toContain(`${b}`.concat(format.includes('.') ? '.' : '-', last));
          expect(shown).not.toContain(last);
        },
      ),
      { numRuns: 300 },
    );
  });
});
