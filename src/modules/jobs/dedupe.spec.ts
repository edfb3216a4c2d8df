import fc from 'fast-check';
import { applyUrlKey, dedupePostings, naiveDedupe, type DedupeItem } from './dedupe.js';

const HOUR = 3_600_000;

function item(
  postId: string,
  over: Partial<DedupeItem['posting']> & { text?: string; authorId?: string; at?: number } = {},
): DedupeItem {
  const { text, authorId, at, ...posting } = over;
  return {
    postId,
    authorId: authorId ?? `a${postId}`,
    createdAt: at ?? Number(postId) * HOUR,
    text: text ?? "We're hiring a Data Engineer in Austin (hybrid) #hiring",
    posting: {
      title: 'Data Engineer',
      company: 'Acme',
      companyHandle: 'acme',
      location: 'Austin',
      applyUrl: null,
      ...posting,
    },
  };
}

/** Groups as sorted lists of post ids, order-free, for comparing partitions. */
const partition = (groups: { postIds: string[] }[]) =>
  groups.map((g) => [...g.postIds].sort().join(',')).sort();

describe('dedupePostings', () => {
  it('makes one group of an opening shared with tracking and referral parameters', () => {
    const url = 'https://acme.example/careers/123';
    const groups = dedupePostings([
      item('1', { applyUrl: url }),
      item('2', { applyUrl: `${url}?ref=janedoe`, text: 'My team is hiring! Apply here' }),
      item('3', { applyUrl: `${url}?utm_source=x&utm_medium=recruiter`, title: 'Sr Data Eng' }),
      item('4', { applyUrl: `${url}?gh_src=a1b2c3` }),
      item('5', { applyUrl: `http://www.acme.example/careers/123/?referrer=bob` }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      key: `url:${url}`,
      postIds: ['1', '2', '3', '4', '5'],
      firstAt: HOUR,
      lastAt: 5 * HOUR,
      representative: '1',
    });
  });

  it('keeps two openings with the same title and text apart when their links differ', () => {
    const groups = dedupePostings([
      item('1', { applyUrl: 'https://acme.example/careers/123' }),
      item('2', { applyUrl: 'https://acme.example/careers/456' }),
    ]);
    expect(partition(groups)).toEqual(['1', '2']);
  });

  it('keeps content parameters that select the job', () => {
    expect(applyUrlKey('https://boards.example/acme?gh_jid=42&ref=x')).toBe(
      'https://boards.example/acme?gh_jid=42',
    );
    expect(applyUrlKey('mailto:jobs@acme.example')).toBeNull();
  });

  it('joins a repost without a link to the opening it copies', () => {
    const groups = dedupePostings([
      item('1', { applyUrl: 'https://acme.example/careers/123' }),
      item('2', { text: "We're hiring a Data Engineer in Austin (hybrid)! #hiring #jobs" }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].representative).toBe('1');
    expect(groups[0].authorIds).toEqual(['a1', 'a2']);
  });

  it('does not join a link-less post from another company, place or wording', () => {
    const groups = dedupePostings([
      item('1', { applyUrl: 'https://acme.example/careers/123' }),
      item('2', { company: 'Globex', companyHandle: 'globex' }),
      item('3', { location: 'Denver', text: "We're hiring a Data Engineer in Denver (hybrid)" }),
      item('4', { text: 'Data folks: Acme wants someone to own our pipelines. Ping me.' }),
    ]);
    expect(groups).toHaveLength(4);
  });

  it('never lets a link-less post bridge two openings', () => {
    const groups = dedupePostings([
      item('1', { applyUrl: 'https://acme.example/careers/123' }),
      item('2', { applyUrl: 'https://acme.example/careers/456' }),
      item('3', {}),
      item('4', {}),
    ]);
    expect(groups).toHaveLength(2);
    for (const g of groups) expect(g.key.startsWith('url:')).toBe(true);
  });

  it('gives link-less groups distinct, reproducible keys', () => {
    const items = [
      item('1', { location: null }),
      item('2', { location: null, text: 'Totally different words about pipelines and Snowflake' }),
    ];
    const keys = dedupePostings(items).map((g) => g.key);
    expect(keys).toEqual(['tc:data engineer|acme', 'tc:data engineer|acme~2']);
    expect(dedupePostings([...items].reverse()).map((g) => g.key)).toEqual(keys);
  });

  it('treats "Acme Inc." and the handle of a company without a name as companies', () => {
    const groups = dedupePostings([
      item('1', { company: 'Acme Inc.' }),
      item('2', { company: 'Acme' }),
      item('3', { company: null, companyHandle: 'acme' }),
    ]);
    expect(groups).toHaveLength(1);
  });

  it('is a partition that never holds two links and agrees with the all-pairs version', () => {
    const urls = ['https://acme.example/careers/1', 'https://acme.example/careers/2', null];
    const texts = [
      "We're hiring a Data Engineer in Austin (hybrid) #hiring",
      "We're hiring a Data Engineer in Austin (hybrid) #hiring #jobs",
      'Now hiring: Data Engineer at Acme (Austin, hybrid)',
    ];
    const arb = fc.array(
      fc.record({
        url: fc.constantFrom(...urls),
        tracking: fc.constantFrom('', '?ref=me', '?utm_source=x'),
        text: fc.constantFrom(...texts),
        title: fc.constantFrom('Data Engineer', 'Sr. Data Engineer'),
        location: fc.constantFrom('Austin', 'Austin, TX', null),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const items = rows.map((r, i) =>
          item(String(i + 1), {
            applyUrl: r.url && r.url + r.tracking,
            text: r.text,
            title: r.title,
            location: r.location,
          }),
        );
        const groups = dedupePostings(items);
        const ids = groups.flatMap((g) => g.postIds).sort();
        expect(ids).toEqual(items.map((i) => i.postId).sort());
        const byId = new Map(items.map((i) => [i.postId, i]));
        for (const g of groups) {
          const links = new Set(
            g.postIds.flatMap((id) => {
              const key = applyUrlKey(byId.get(id)!.posting.applyUrl);
              return key ? [key] : [];
            }),
          );
          expect(links.size).toBeLessThanOrEqual(1);
        }
        expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
        expect(partition(groups)).toEqual(partition(naiveDedupe(items)));
      }),
      { numRuns: 300 },
    );
  });
});
