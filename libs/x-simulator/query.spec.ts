import fc from 'fast-check';
import {
  formatQuery,
  matchesQuery,
  parseQuery,
  QuerySyntaxError,
  type QueryNode,
  type SearchablePost,
} from './query.js';

const post = (over: Partial<SearchablePost> = {}): SearchablePost => ({
  text: 'We are hiring a Senior Data Engineer in Austin #hiring',
  lang: 'en',
  authorId: '100',
  authorUsername: 'AcmeCareers',
  authorVerified: false,
  conversationId: '500',
  hashtags: ['hiring'],
  cashtags: [],
  mentions: [],
  urls: [],
  hasMedia: false,
  isRetweet: false,
  isReply: false,
  isQuote: false,
  ...over,
});

const matches = (q: string, p: SearchablePost) => matchesQuery(parseQuery(q), p);

describe('parseQuery', () => {
  it('binds AND tighter than OR, as X does', () => {
    expect(parseQuery('a b OR c')).toEqual({
      type: 'or',
      children: [
        {
          type: 'and',
          children: [
            { type: 'clause', clause: { kind: 'keyword', words: ['a'], raw: 'a' } },
            { type: 'clause', clause: { kind: 'keyword', words: ['b'], raw: 'b' } },
          ],
        },
        { type: 'clause', clause: { kind: 'keyword', words: ['c'], raw: 'c' } },
      ],
    });
  });

  it.each([
    ['"data engineer', 'Unbalanced quotes'],
    ['(a OR b', 'missing closing ")"'],
    ['a OR b)', 'unexpected ")"'],
    ['a OR', 'OR must be followed by a term'],
    ['OR a', 'OR must have a term on both sides'],
    ['a ()', 'Empty group'],
    ['a - b', 'must be followed directly'],
    ['foo:bar', "invalid operator 'foo'"],
    ['is:bogus data', "Unknown operand 'is:bogus'"],
    ['-data', 'neither negated'],
    ['is:retweet', 'neither negated'],
    ['lang:en has:links', 'neither negated'],
    ['', 'empty'],
  ])('refuses %j with a positioned QuerySyntaxError', (q, reason) => {
    let error: unknown;
    try {
      parseQuery(q);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).message).toContain(reason);
    expect((error as QuerySyntaxError).position).toBeGreaterThanOrEqual(0);
  });

  it('never throws anything but QuerySyntaxError, whatever the input', () => {
    const alphabet = fc.constantFrom(
      ...'ab #@$-"():OR is:retweet from:x url:"a b" lang:en\t'.split(''),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 40 })), (q) => {
        try {
          parseQuery(q);
        } catch (e) {
          if (!(e instanceof QuerySyntaxError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('matchesQuery', () => {
  it('matches keywords as case-insensitive whole words, not substrings', () => {
    expect(matches('DATA engineer', post())).toBe(true);
    expect(matches('engine', post())).toBe(false);
  });

  it('matches quoted phrases only in order', () => {
    expect(matches('"senior data engineer"', post())).toBe(true);
    expect(matches('"engineer data"', post())).toBe(false);
  });

  it('matches hashtags, mentions, authors and reply targets by entity, ignoring case', () => {
    const p = post({
      mentions: ['Acme'],
      inReplyToUserId: '7',
      inReplyToUsername: 'Jane_Doe',
      isReply: true,
    });
    expect(matches('#HIRING', p)).toBe(true);
    expect(matches('@acme', p)).toBe(true);
    expect(matches('from:acmecareers', p)).toBe(true);
    expect(matches('from:100', p)).toBe(true);
    expect(matches('to:jane_doe is:reply', p)).toBe(true);
    expect(matches('from:someoneelse', p)).toBe(false);
  });

  it('matches url: against expanded URLs, including tracking-parameter variants', () => {
    const p = post({ urls: ['https://t.co/abc', 'https://acme.example/careers/123?utm_source=x'] });
    expect(matches('url:"acme.example/careers/123"', p)).toBe(true);
    expect(matches('hiring has:links', p)).toBe(true);
    expect(matches('hiring has:links', post())).toBe(false);
  });

  it('applies lang:, is:retweet and their negations', () => {
    const rt = post({ isRetweet: true, lang: 'de' });
    expect(matches('hiring is:retweet', rt)).toBe(true);
    expect(matches('hiring -is:retweet', rt)).toBe(false);
    expect(matches('hiring lang:de', rt)).toBe(true);
    expect(matches('hiring lang:en', rt)).toBe(false);
  });

  it('negates groups', () => {
    expect(matches('hiring -(austin OR denver)', post())).toBe(false);
    expect(matches('hiring -(boston OR denver)', post())).toBe(true);
  });
});

/* Property tests over small random queries and posts drawn from one vocabulary. */
const VOCAB = ['data', 'remote', 'hiring', 'austin', 'rust', 'design'];

const postArb: fc.Arbitrary<SearchablePost> = fc
  .record({
    words: fc.array(fc.constantFrom(...VOCAB), { maxLength: 6 }),
    tags: fc.subarray(VOCAB),
    upper: fc.boolean(),
    isRetweet: fc.boolean(),
    isReply: fc.boolean(),
    lang: fc.constantFrom('en', 'es'),
  })
  .map((r) => {
    const text = [...r.words, ...r.tags.map((t) => `#${t}`)].join(' ');
    return post({
      text: r.upper ? text.toUpperCase() : text,
      hashtags: r.tags,
      isRetweet: r.isRetweet,
      isReply: r.isReply,
      lang: r.lang,
    });
  });

const atomArb: fc.Arbitrary<QueryNode> = fc.oneof(
  fc.constantFrom(...VOCAB).map((w) => ({
    type: 'clause' as const,
    clause: { kind: 'keyword' as const, words: [w], raw: w },
  })),
  fc.constantFrom(...VOCAB).map((w) => ({
    type: 'clause' as const,
    clause: { kind: 'hashtag' as const, tag: w },
  })),
  fc.tuple(fc.constantFrom(...VOCAB), fc.constantFrom(...VOCAB)).map(([a, b]) => ({
    type: 'clause' as const,
    clause: { kind: 'phrase' as const, words: [a, b], raw: `${a} ${b}` },
  })),
);

/** Random trees whose every branch keeps a positive standalone term, so X would accept them. */
const treeArb: fc.Arbitrary<QueryNode> = fc.letrec<{ tree: QueryNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atomArb,
    fc
      .tuple(tie('tree'), tie('tree'))
      .map(([a, b]): QueryNode => ({ type: 'or', children: [a, b] })),
    fc
      .tuple(tie('tree'), tie('tree'))
      .map(([a, b]): QueryNode => ({ type: 'and', children: [a, b] })),
    fc
      .tuple(tie('tree'), atomArb)
      .map(([a, b]): QueryNode => ({ type: 'and', children: [a, { type: 'not', child: b }] })),
  ),
})).tree;

describe('query properties', () => {
  it('`a OR b` matches exactly when a matches or b matches', () => {
    fc.assert(
      fc.property(treeArb, treeArb, postArb, (a, b, p) => {
        const q = `(${formatQuery(a)}) OR (${formatQuery(b)})`;
        expect(matches(q, p)).toBe(matchesQuery(a, p) || matchesQuery(b, p));
      }),
      { numRuns: 500 },
    );
  });

  it('`x -a` matches exactly when x matches and a does not', () => {
    fc.assert(
      fc.property(treeArb, atomArb, postArb, (x, a, p) => {
        const q = `(${formatQuery(x)}) -${formatQuery(a)}`;
        expect(matches(q, p)).toBe(matchesQuery(x, p) && !matchesQuery(a, p));
      }),
      { numRuns: 500 },
    );
  });

  it('implicit AND matches exactly when both sides match', () => {
    fc.assert(
      fc.property(treeArb, treeArb, postArb, (a, b, p) => {
        const q = `(${formatQuery(a)}) (${formatQuery(b)})`;
        expect(matches(q, p)).toBe(matchesQuery(a, p) && matchesQuery(b, p));
      }),
      { numRuns: 500 },
    );
  });

  it('formatting and parsing again keeps the meaning', () => {
    fc.assert(
      fc.property(treeArb, postArb, (t, p) => {
        expect(matches(formatQuery(t), p)).toBe(matchesQuery(t, p));
      }),
      { numRuns: 500 },
    );
  });

  it('ignores the case of the query and of the post', () => {
    fc.assert(
      fc.property(treeArb, postArb, (t, p) => {
        const q = formatQuery(t);
        expect(matches(q.toUpperCase(), p)).toBe(matches(q, p));
      }),
      { numRuns: 300 },
    );
  });
});
