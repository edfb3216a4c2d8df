import { type Pillar, type VoicePost, checkDraft, voiceProfile, xLength } from './index.js';

const PILLARS: Pillar[] = [
  { name: 'data engineering', terms: ['dbt', 'sql', 'pipelines', 'airflow'] },
  { name: 'career change', terms: ['career change', 'bootcamp'] },
];

const DAY = 86_400_000;
/** A seeker who writes calm, plain, mildly positive posts about their pillars. */
const calm = voiceProfile(
  [
    'Rebuilt the ingestion pipelines with Airflow and documented every task for the team.',
    'Wrote a short guide to dbt tests for analysts who are new to the codebase.',
    'Comparing two approaches to incremental models in dbt, with benchmarks.',
    'Notes from the bootcamp reunion: most of us now work with SQL every day.',
    'A small improvement to our warehouse costs: partition pruning in SQL.',
    'Reading about data contracts and how they change pipelines ownership.',
  ].map((text, i): VoicePost => ({ id: String(i), text, createdAt: i * DAY })),
  PILLARS,
);

const codes = (text: string, profile = calm) =>
  checkDraft(text, profile, PILLARS).findings.map((f) => f.code);

describe('xLength', () => {
  it('counts as X does: links 23, emoji and CJK 2', () => {
    expect(xLength('hello')).toBe(5);
    expect(xLength('see https://example.com/a/very/long/path/that/goes/on')).toBe(4 + 23);
    expect(xLength('ship it 🚀')).toBe(8 + 2);
    expect(xLength('👩🏽‍💻')).toBe(2);
    expect(xLength('日本語')).toBe(6);
    expect(xLength('portfolio at jane.dev/work')).toBe(13 + 23);
  });
});

describe('checkDraft', () => {
  it('passes a plain on-pillar draft with its pillar', () => {
    const check = checkDraft(
      'Today I learned how dbt snapshots track slowly changing data.',
      calm,
      PILLARS,
    );
    expect(check).toEqual({ ok: true, length: 61, findings: [], pillar: 'data engineering' });
  });

  it('rejects an empty draft', () => {
    expect(checkDraft('   ', calm, PILLARS)).toMatchObject({
      ok: false,
      findings: [{ code: 'EMPTY', severity: 'error' }],
    });
  });

  it('rejects a draft over 280 weighted characters and says by how much', () => {
    const check = checkDraft(`dbt ${'a'.repeat(300)}`, calm, PILLARS);
    expect(check.ok).toBe(false);
    expect(check.findings[0]).toMatchObject({ code: 'TOO_LONG', severity: 'error' });
    expect(check.findings[0].message).toContain('Cut 24 characters');
  });

  it('counts a link X would not shorten at its full length', () => {
    for (const text of [`https://${'a'.repeat(400)}`, `http://localhost/${'b'.repeat(400)}`]) {
      const c = checkDraft(text, null, []);
      expect(c.length).toBeGreaterThan(280);
      expect(c.findings.map((f) => f.code)).toContain('TOO_LONG');
    }
    expect(checkDraft(`Read https://blog.example.com/${'c'.repeat(400)}`, null, []).length).toBe(
      5 + 23,
    );
  });

  it('counts emoji double towards the limit', () => {
    expect(codes(`dbt ${'🎉'.repeat(138)}`)).not.toContain('TOO_LONG');
    expect(codes(`dbt ${'🎉'.repeat(139)}`)).toContain('TOO_LONG');
  });

  it('warns what a link costs through the API, at the current price', () => {
    const check = checkDraft('New dbt post: https://blog.example/dbt', calm, PILLARS);
    const f = check.findings.find((x) => x.code === 'LINK_COST');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('$0.20');
    expect(f?.message).toContain('$0.015');
    expect(check.ok).toBe(true);
  });

  it('warns about more than three hashtags', () => {
    expect(codes('dbt #data #sql #analytics')).not.toContain('TOO_MANY_HASHTAGS');
    expect(codes('dbt #data #sql #analytics #jobs')).toContain('TOO_MANY_HASHTAGS');
  });

  it('suggests tying an off-pillar draft to a pillar', () => {
    const check = checkDraft(
      'Anyone have restaurant recommendations in Lisbon for Friday?',
      calm,
      PILLARS,
    );
    expect(check.pillar).toBeNull();
    expect(check.findings).toEqual([
      expect.objectContaining({ code: 'OFF_PILLAR', severity: 'tip' }),
    ]);
    expect(check.findings[0].message).toContain('"dbt"');
  });

  it('does not call a short greeting off-pillar', () => {
    expect(codes('Happy Friday!')).toEqual([]);
  });

  it('notices a draft far from the usual tone', () => {
    const check = checkDraft(
      'OMG I am sooo done with dbt lol, worst tool ever, terrible docs, hate it!!!',
      calm,
      PILLARS,
    );
    const shift = check.findings.find((f) => f.code === 'TONE_SHIFT');
    expect(shift?.severity).toBe('warning');
    expect(shift?.message).toMatch(/more negative/);
    expect(shift?.message).toMatch(/more casual/);
  });

  it('needs a profile with enough posts before it judges tone', () => {
    const thin = voiceProfile([{ id: '1', text: 'dbt is nice', createdAt: 0 }], PILLARS);
    expect(
      codes('OMG I am sooo done with dbt lol, worst tool ever, hate it!!!', thin),
    ).not.toContain('TONE_SHIFT');
    expect(
      checkDraft('OMG I am sooo done with dbt lol, worst tool ever!!!', null, PILLARS).findings.map(
        (f) => f.code,
      ),
    ).not.toContain('TONE_SHIFT');
  });

  it.each([
    ['My old boss at Acme is an idiot, glad dbt saved me', 'HOSTILITY'],
    ['This dbt bug is a sh1t show', 'PROFANITY'],
    ['Hiring for SQL folks? Call me at 512-555-0123', 'PERSONAL_DATA'],
  ])('makes %j an error', (text, code) => {
    const check = checkDraft(text, calm, PILLARS);
    expect(check.ok).toBe(false);
    expect(check.findings).toContainEqual(expect.objectContaining({ code, severity: 'error' }));
  });

  it('never repeats the personal data it warns about', () => {
    const check = checkDraft('Email me: jane.doe@gmail.com or call 512-555-0123', calm, PILLARS);
    const message = check.findings.map((f) => f.message).join(' ');
    expect(message).not.toContain('jane.doe');
    expect(message).not.toContain('555-0123');
  });

  it('lists errors before warnings before tips', () => {
    const check = checkDraft(
      'Damn, restaurant tips for Lisbon? https://x.example/a #a #b #c #d',
      calm,
      PILLARS,
    );
    const order = { error: 0, warning: 1, tip: 2 };
    const ranks = check.findings.map((f) => order[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(check.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['PROFANITY', 'LINK_COST', 'TOO_MANY_HASHTAGS', 'OFF_PILLAR']),
    );
  });
});
