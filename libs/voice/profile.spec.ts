import { type Pillar, type VoicePost, stem, voiceProfile } from './index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5); // a Monday

const PILLARS: Pillar[] = [
  { name: 'data engineering', terms: ['dbt', 'sql', 'pipelines', 'airflow'] },
  { name: 'career change', terms: ['career change', '#careerchange', 'bootcamp'] },
];

let seq = 0;
const post = (text: string, createdAt: number, extra: Partial<VoicePost> = {}): VoicePost => ({
  id: String(++seq),
  text,
  createdAt,
  ...extra,
});

describe('stem', () => {
  it('folds plurals and common endings so pillar terms meet their variants', () => {
    expect(stem('pipelines')).toBe(stem('pipeline'));
    expect(stem('modelling')).toBe(stem('modeling'));
    expect(stem('installed')).toBe(stem('install'));
    expect(stem('companies')).toBe(stem('company'));
    expect(stem('sql')).toBe('sql');
  });
});

describe('voiceProfile', () => {
  it('counts a post for a pillar by any of its terms, stemmed, hashtags and phrases included', () => {
    const p = voiceProfile(
      [
        post('Rebuilt our ingestion pipeline with Airflow today', T0),
        post('Writing more #SQL than ever', T0 + DAY),
        post('Two years since my career change from teaching', T0 + 2 * DAY),
        post('Rainy Sunday, good book, no plans.', T0 + 3 * DAY),
      ],
      PILLARS,
    );
    expect(p.pillarShare).toEqual([
      { pillar: 'data engineering', share: 0.5, posts: 2 },
      { pillar: 'career change', share: 0.25, posts: 1 },
    ]);
    expect(p.onPillarShare).toBe(0.75);
    expect(p.posts).toBe(4);
  });

  it('matches a hashtag that runs a phrase together', () => {
    const p = voiceProfile(
      [post('Six months in. #CareerChange', T0)],
      [{ name: 'career change', terms: ['career change'] }],
    );
    expect(p.pillarShare[0].posts).toBe(1);
  });

  it('leaves reposts out of every number', () => {
    const p = voiceProfile(
      [
        post('dbt tips thread', T0),
        post('RT @someone: I hate dbt', T0 + DAY, { isRepost: true }),
        post('Nice weather', T0 + 2 * DAY),
      ],
      PILLARS,
    );
    expect(p.posts).toBe(2);
    expect(p.pillarShare[0]).toEqual({ pillar: 'data engineering', share: 0.5, posts: 1 });
    expect(p.tone.sentiment).toBeGreaterThanOrEqual(0);
  });

  it('finds the themes that set the seeker apart from everyday chatter', () => {
    const texts = [
      'Shipped a dbt model for churn today',
      'dbt tests caught a broken join this week',
      'Airflow retries saved my weekend',
      'Airflow sensors are underrated',
      'Great week everyone, thanks!',
      'Great coffee this morning, thanks team',
    ];
    const p = voiceProfile(
      texts.map((t, i) => post(t, T0 + i * DAY)),
      PILLARS,
    );
    const themes = p.themes.map((t) => t.term);
    expect(themes.slice(0, 2).sort()).toEqual(['airflow', 'dbt']);
    // Used in one post only: a mention, not a theme.
    expect(themes).not.toContain('churn');
    expect(p.themes.find((t) => t.term === 'dbt')?.count).toBe(2);
  });

  it('measures cadence in posts per week, active weeks and the longest silence', () => {
    const p = voiceProfile(
      [
        post('dbt one', T0),
        post('dbt two', T0 + DAY),
        post('dbt three', T0 + 14 * DAY),
        post('dbt four', T0 + 28 * DAY),
      ],
      PILLARS,
      { now: T0 + 28 * DAY },
    );
    expect(p.cadence).toEqual({ postsPerWeek: 1, activeWeeks: 3, longestGapDays: 14 });
  });

  it('counts the silence up to now as a gap', () => {
    const p = voiceProfile([post('dbt', T0)], PILLARS, { now: T0 + 30 * DAY });
    expect(p.cadence.longestGapDays).toBe(30);
  });

  it('lists every month to now, empty ones scoring 0 consistency', () => {
    const p = voiceProfile(
      [post('dbt pipelines', Date.UTC(2026, 0, 10)), post('dbt models', Date.UTC(2026, 2, 10))],
      PILLARS,
      { now: Date.UTC(2026, 3, 2) },
    );
    expect(p.months.map((m) => [m.month, m.posts, m.consistency])).toEqual([
      ['2026-01', 1, expect.any(Number)],
      ['2026-02', 0, 0],
      ['2026-03', 1, expect.any(Number)],
      ['2026-04', 0, 0],
    ]);
  });

  it('gives each month its own readability, themes and share per pillar', () => {
    const p = voiceProfile(
      [
        post('Shipped dbt pipelines today. Tests first.', Date.UTC(2026, 0, 10)),
        post('More dbt pipelines: the models run nightly now.', Date.UTC(2026, 0, 20)),
        post('Off topic: a great hike this weekend.', Date.UTC(2026, 2, 10)),
      ],
      PILLARS,
      { now: Date.UTC(2026, 2, 20) },
    );
    const [jan, feb, mar] = p.months;
    expect(jan.readability.grade).toBeGreaterThan(0);
    expect(jan.themes.map((t) => t.term)).toEqual(expect.arrayContaining(['dbt']));
    expect(jan.pillarShare.map((s) => s.pillar)).toEqual(PILLARS.map((x) => x.name));
    expect(jan.pillarShare[0]).toMatchObject({ share: 1, posts: 2 });
    expect(feb).toMatchObject({ posts: 0, readability: { grade: 0 }, themes: [] });
    expect(feb.pillarShare.every((s) => s.share === 0 && s.posts === 0)).toBe(true);
    expect(mar.pillarShare.every((s) => s.posts === 0)).toBe(true);
  });

  it('scores a steady voice higher than an erratic one', () => {
    const steady: VoicePost[] = [];
    const erratic: VoicePost[] = [];
    for (let m = 0; m < 6; m++) {
      for (let k = 0; k < 4; k++) {
        const at = Date.UTC(2026, m, 3 + k * 7);
        steady.push(post(`Shipped a dbt model for our pipelines, week ${k}.`, at));
      }
      const n = m % 2 === 0 ? 8 : 1;
      for (let k = 0; k < n; k++) {
        const at = Date.UTC(2026, m, 2 + k * 3);
        erratic.push(
          post(
            m % 2 === 0 ? 'I LOVE dbt sooo much!!! 🎉🎉' : 'Terrible awful day, nothing works.',
            at,
          ),
        );
      }
    }
    const a = voiceProfile(steady, PILLARS);
    const b = voiceProfile(erratic, PILLARS);
    expect(a.consistency).toBeGreaterThanOrEqual(90);
    expect(b.consistency).toBeLessThan(a.consistency - 30);
  });

  it('averages tone and grades readability', () => {
    const p = voiceProfile(
      [
        post('Thrilled to share that our team shipped the new pipeline! 🎉', T0),
        post('Grateful for a great mentor this week.', T0 + DAY),
      ],
      PILLARS,
    );
    expect(p.tone.sentiment).toBeGreaterThan(0.5);
    expect(p.tone.formality).toBeGreaterThan(0);
    expect(p.readability.grade).toBeGreaterThan(0);
    expect(p.readability.grade).toBeLessThanOrEqual(20);
  });

  it('describes an empty timeline as zeros', () => {
    const p = voiceProfile([], PILLARS);
    expect(p).toMatchObject({
      posts: 0,
      onPillarShare: 0,
      consistency: 0,
      months: [],
      cadence: { postsPerWeek: 0, activeWeeks: 0, longestGapDays: 0 },
    });
    expect(p.pillarShare.map((s) => s.share)).toEqual([0, 0]);
  });

  it('keeps posts without a usable date out of cadence but not out of pillars', () => {
    const p = voiceProfile([post('dbt', Number.NaN), post('sql', T0)], PILLARS);
    expect(p.pillarShare[0].posts).toBe(2);
    expect(p.months.map((m) => m.posts)).toEqual([1]);
  });
});
