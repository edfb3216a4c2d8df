import fc from 'fast-check';
import { STOPWORDS, type Token, terms, tokenize } from './index.js';

/** Any string at all: full Unicode, lone surrogates, and tweet-like mixes of sigils and words. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        '#',
        '@',
        '$',
        'https://',
        'http://x.co/a?b=c',
        "'",
        '’',
        '-',
        '.',
        ' ',
        '\n',
        'word',
        'Über',
        '42',
        '3.5%',
        '🎉',
        '👩🏽‍💻',
        '🇺🇸',
        '#️⃣',
        '\u0301',
        '\uFE0F',
        '\u200D',
        '\uD83D',
        'é',
        '日本',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

const kinds = (ts: Token[]) => ts.map((t) => t.kind);

describe('tokenize', () => {
  it('tells words, entities, links, emoji and numbers apart', () => {
    const ts = tokenize(
      "We're hiring! #Hiring @AcmeHQ $AAPL https://t.co/Ab1?x=1. 🎉👩🏽‍💻 2nd 30% GLP-1 first-class",
    );
    expect(ts.map((t) => [t.kind, t.value])).toEqual([
      ['word', "we're"],
      ['word', 'hiring'],
      ['hashtag', 'hiring'],
      ['mention', 'acmehq'],
      ['cashtag', 'AAPL'],
      ['url', 'https://t.co/Ab1?x=1'],
      ['emoji', '🎉'],
      ['emoji', '👩🏽‍💻'],
      ['number', '2nd'],
      ['number', '30%'],
      ['word', 'glp-1'],
      ['word', 'first-class'],
    ]);
    expect(ts[2].raw).toBe('#Hiring');
  });

  it('follows X on what is not an entity', () => {
    // An e-mail address, a tag inside a word, a tag of digits, a 16-character name.
    expect(kinds(tokenize('me@example.com a#b #2024 @abcdefghijklmnopq'))).toEqual([
      'word',
      'word',
      'word',
      'word',
      'word',
      'number',
      'word',
    ]);
  });

  it('keeps accents, folds curly apostrophes and composes decomposed letters', () => {
    expect(tokenize('São Paulo l’équipe Cafe\u0301 #Añejo').map((t) => t.value)).toEqual([
      'são',
      'paulo',
      "l'équipe",
      'café',
      'añejo',
    ]);
  });

  it('ends a link before trailing punctuation', () => {
    expect(tokenize('(see https://example.com/a_b.)').find((t) => t.kind === 'url')?.raw).toBe(
      'https://example.com/a_b',
    );
  });

  it('never throws; every token is a non-empty piece of the text, normalized by kind', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const t of tokenize(text)) {
          expect(t.raw.length).toBeGreaterThan(0);
          expect(t.value.length).toBeGreaterThan(0);
          expect(text.includes(t.raw)).toBe(true);
          if (t.kind === 'word' || t.kind === 'hashtag' || t.kind === 'mention') {
            expect(t.value).toBe(t.value.toLowerCase());
          }
          if (t.kind === 'hashtag' || t.kind === 'mention') expect(t.value).not.toMatch(/^[#@]/);
          if (t.kind === 'url') expect(t.value).toBe(t.raw);
        }
      }),
    );
  });

  it('reads back the entities a post was assembled from', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    const piece = fc.oneof(
      word.map((w) => ['word', w, w] as const),
      word.map((w) => ['hashtag', `#${w.toUpperCase()}`, w] as const),
      fc.stringMatching(/^[a-z0-9_]{1,15}$/).map((u) => ['mention', `@${u}`, u] as const),
      fc
        .tuple(word, word)
        .map(
          ([d, p]) => ['url', `https://${d}.example/${p}`, `https://${d}.example/${p}`] as const,
        ),
      fc.constantFrom('🎉', '🚀', '🙏🏽', '❤️').map((e) => ['emoji', e, e] as const),
      fc.nat(99999).map((n) => ['number', String(n), String(n)] as const),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const ts = tokenize(pieces.map(([, raw]) => raw).join(' '));
        expect(ts.map((t) => [t.kind, t.raw, t.value])).toEqual(pieces);
      }),
    );
  });
});

describe('terms', () => {
  it('keeps content words and hashtags in order, drops the rest', () => {
    expect(
      terms("Our team's CI is fast: we ship 30 times a day with @acme https://t.co/x #ShipIt #AI"),
    ).toEqual(['team', 'fast', 'ship', 'times', 'day', '#shipit', '#ai']);
  });

  it('knows function words in several languages', () => {
    for (const w of ['the', 'und', 'los', 'les', 'não', "we're", 'über']) {
      expect(STOPWORDS.has(w)).toBe(true);
    }
    expect(terms("Super conférence aujourd'hui à Paris sur la data, l'équipe")).toEqual([
      'super',
      'conférence',
      "aujourd'hui",
      'paris',
      'data',
      'équipe',
    ]);
  });

  it('never returns a stopword, a short word, a link or a mention', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const ts = terms(text);
        expect(terms(text)).toEqual(ts);
        for (const t of ts) {
          if (t.startsWith('#')) continue;
          expect(STOPWORDS.has(t)).toBe(false);
          expect([...t].length).toBeGreaterThanOrEqual(3);
          expect(t).not.toMatch(/^@|:\/\//);
        }
      }),
    );
  });
});
