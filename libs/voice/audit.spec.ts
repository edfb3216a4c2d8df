import { canonicalUrl } from '@libs/text';
import { type AuditFinding, type Pillar, type VoicePost, auditPosts } from './index.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);

const PILLARS: Pillar[] = [
  { name: 'data engineering', terms: ['dbt', 'sql', 'pipelines', 'airflow', 'warehouse'] },
  { name: 'job search', terms: ['#jobsearch', 'interview', 'resume'] },
];

let seq = 0;
const post = (text: string, extra: Partial<VoicePost> = {}): VoicePost => ({
  id: `p${++seq}`,
  text,
  createdAt: NOW - 400 * DAY + seq * DAY,
  ...extra,
});

/** A seeker's usual posts, so that themes and off-pillar have something to compare with. */
const usual = (): VoicePost[] =>
  [
    'Rebuilt the warehouse load in dbt, runtime down by half',
    'Airflow sensors are underrated for flaky upstream pipelines',
    'SQL window functions explained with one example',
    'Mock interview tomorrow, practising SQL questions #jobsearch',
    'Updated my resume with the dbt migration numbers',
  ].map((t) => post(t));

const audit = (posts: VoicePost[], opts: Partial<Parameters<typeof auditPosts>[1]> = {}) =>
  auditPosts(posts, { pillars: PILLARS, now: NOW, ...opts });

const reasonsFor = (findings: AuditFinding[], id: string) =>
  findings.filter((f) => f.postId === id).map((f) => f.reason);

describe('auditPosts', () => {
  it('reports each reason once per post, worst first', () => {
    const phone = post('Selling my couch, text me at (512) 555-0123 or (512) 555-0199');
    const rant = post('My boss is a f*cking idiot');
    const mild = post('Damn, the bus is late again');
    const findings = audit([...usual(), mild, phone, rant]);
    expect(findings.map((f) => [f.postId, f.reason, f.severity])).toEqual([
      [rant.id, 'hostility', 'high'],
      [rant.id, 'profanity', 'high'],
      [phone.id, 'personal_data', 'high'],
      [mild.id, 'profanity', 'low'],
    ]);
  });

  it('masks personal data in the detail and says why it matters', () => {
    const p = post('Lost my dog! Please call (617) 555-0188 if you see her');
    const [finding] = audit([p]);
    expect(finding.detail).toContain('a phone number "(617) …"');
    expect(finding.detail).not.toContain('555-0188');
    expect(finding.detail).toMatch(/Posted 1 years? ago|Posted \d+ months ago/);
  });

  it('flags a post whose link is known to be dead, however the link is spelled', () => {
    const dead = post('My capstone write-up: https://www.portfolio.example/capstone/?utm_source=x');
    const alive = post('Other write-up: https://portfolio.example/other');
    const broken = new Set([canonicalUrl('https://portfolio.example/capstone')!]);
    const findings = audit([dead, alive], { brokenUrls: broken });
    expect(findings.map((f) => [f.postId, f.reason])).toEqual([[dead.id, 'broken_link']]);
    expect(findings[0].detail).toContain('portfolio.example/capstone');
  });

  it('prefers the expanded links over the t.co link in the text', () => {
    const p = post('New post https://t.co/abc123', { urls: ['https://blog.example/dbt-tips'] });
    const findings = audit([p], { brokenUrls: new Set(['https://blog.example/dbt-tips']) });
    expect(reasonsFor(findings, p.id)).toEqual(['broken_link']);
  });

  it('flags only long posts far from both pillars and usual themes, at most N, longest first', () => {
    const far = [
      'Spent the whole weekend restoring a vintage motorcycle carburettor, cleaning jets, replacing gaskets and tuning idle screws',
      'Sourdough update: starter finally doubled overnight, crumb looks open, crust crackles, neighbours approve',
      'Watched three documentaries about deep ocean creatures: anglerfish, giant squid, vampire squid, barreleye',
    ].map((t) => post(t));
    const short = post('Rainy Sunday, good book, no plans.');
    const onTheme = post(
      'Long thoughts on why every warehouse team should version control their transformations properly',
    );
    const findings = audit([...usual(), ...far, short, onTheme], { maxOffPillar: 2 });
    const off = findings.filter((f) => f.reason === 'off_pillar');
    expect(off).toHaveLength(2);
    expect(off.every((f) => f.severity === 'low')).toBe(true);
    expect(off.map((f) => f.postId)).not.toContain(short.id);
    expect(off.map((f) => f.postId)).not.toContain(onTheme.id);
    expect(off.map((f) => f.postId)).toContain(far[0].id);
  });

  it('never calls a reply or a repost off-pillar', () => {
    const text =
      'Spent the whole weekend restoring a vintage motorcycle carburettor, cleaning jets, replacing gaskets and tuning idle screws';
    const findings = audit([
      ...usual(),
      post(text, { isReply: true }),
      post(text, { isRepost: true }),
    ]);
    expect(findings).toEqual([]);
  });

  it('checks reposts for language but not for someone else’s personal data', () => {
    const rt = post('RT @friend: my manager is useless, call me at 512-555-0123', {
      isRepost: true,
    });
    const findings = audit([rt]);
    expect(findings.map((f) => [f.reason, f.severity])).toEqual([['hostility', 'medium']]);
    expect(findings[0].detail).toMatch(/^In a repost: /);
  });

  it('finds nothing in an ordinary professional timeline', () => {
    expect(audit(usual())).toEqual([]);
  });

  describe('never infers sensitive traits', () => {
    it.each([
      'Proud to celebrate Pride with my team',
      'Praying for my family this week',
      'Back from maternity leave',
      'Back from maternity leave and so happy to be back with my team, grateful for the warm welcome from everyone and the flexible schedule',
      'Praying for my family this week while my father recovers in hospital, grateful for neighbours bringing meals, flowers and kind words',
      'Voted this morning, then spent the afternoon at our union meeting talking about the new contract and pensions for everyone',
      'Celebrating Ramadan with friends and neighbours, long evenings, shared dinners and wonderful conversations until late',
      'Six weeks after surgery and my chronic pain is finally easing, therapy twice a week is helping more than I expected',
      'Proud to share that I am gay and that my partner and I are getting married next spring in Lisbon',
    ])('%j yields no finding', (text) => {
      expect(audit([...usual(), post(text)]).filter((f) => f.postId === `p${seq}`)).toEqual([]);
    });

    it('never names a sensitive trait in any detail', () => {
      const findings = audit([
        ...usual(),
        post('My boss is an idiot, he mocked my pregnancy announcement'),
        post('Praying for my family. Call me at (512) 555-0123'),
      ]);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.detail).not.toMatch(
          /pregnan|relig|pray|health|politic|sexual|ethnic|union|age\b|gay|disab/i,
        );
      }
    });
  });

  it('survives malformed input', () => {
    const bad = [null, { id: 'x' }, { id: 'y', text: 42 }] as unknown as VoicePost[];
    expect(audit(bad)).toEqual([]);
    expect(auditPosts([post('damn')], { pillars: undefined as unknown as Pillar[] })).toHaveLength(
      1,
    );
  });
});
