import fc from 'fast-check';
import { formality, readability, sentiment } from './index.js';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc
    .array(
      fc.constantFrom(
        'not ',
        'never ',
        "don't ",
        'great ',
        'terrible ',
        'very ',
        'LOL ',
        'WORST ',
        '!!!',
        '.',
        '?',
        '🎉',
        '😡',
        "we're ",
        'accountability ',
        '\n',
        'https://t.co/x ',
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join('')),
);

describe('sentiment', () => {
  it('reads the mood of job-search posts', () => {
    expect(sentiment('Got the offer!!! Thank you to everyone who helped. 🙏')).toBeGreaterThan(0.5);
    expect(sentiment('Glad to be out of @oldco. Toxic management, zero respect.')).toBeLessThan(0);
    expect(sentiment('Three offers rescinded this week because of a hiring freeze.')).toBeLessThan(
      -0.5,
    );
    expect(sentiment('Our infrastructure now runs on renewable energy.')).toBe(0);
  });

  it('flips a word after a negation', () => {
    expect(sentiment('good')).toBeGreaterThan(0);
    expect(sentiment('not good')).toBeLessThan(0);
    expect(sentiment('never a bad day')).toBeGreaterThan(0);
    expect(sentiment("I don't love it")).toBeLessThan(0);
    // The negation reaches three words, not the end of the post.
    expect(sentiment('not one of those days, great team')).toBeGreaterThan(0);
  });

  it('flips the sign for any lexicon word under negation', () => {
    const words = ['great', 'happy', 'proud', 'toxic', 'awful', 'rejected', 'excited', 'broken'];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom('not', 'never', 'no'), (w, neg) => {
        expect(Math.sign(sentiment(`${neg} ${w}`))).toBe(-Math.sign(sentiment(w)));
      }),
    );
  });

  it('stays in [-1, 1] and never throws', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const v = sentiment(s);
        expect(v).toBeGreaterThanOrEqual(-1);
        expect(v).toBeLessThanOrEqual(1);
      }),
    );
    expect(Math.abs(sentiment('great '.repeat(5000)))).toBeLessThanOrEqual(1);
  });
});

describe('formality', () => {
  it('ranks a careers page above a group chat', () => {
    const corporate = formality(
      'Monthly all-hands with the full financials. Everyone sees the numbers leadership sees.',
    );
    const chatty = formality("OMG we're sooo hiring!!! DM me lol 🎉🎉");
    expect(corporate).toBeGreaterThan(0.6);
    expect(chatty).toBeLessThan(0.2);
    expect(formality('')).toBe(0.5);
  });

  it('drops with contractions, exclamations, emoji, capitals and slang', () => {
    const base = 'We are hiring engineers for our infrastructure team in Austin.';
    for (const casual of [
      "We're hiring engineers for our infrastructure team in Austin.",
      'We are hiring engineers for our infrastructure team in Austin!',
      'We are hiring engineers for our infrastructure team in Austin 🚀',
      'We are HIRING ENGINEERS for our infrastructure team in Austin.',
      'We are hiring engineers for our infrastructure team in Austin lol',
    ]) {
      expect(formality(casual)).toBeLessThan(formality(base));
    }
  });

  it('stays in [0, 1] and never throws', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const v = formality(s);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('readability', () => {
  it('counts words, their length and sentences, not links or decimals', () => {
    expect(
      readability('Ship small. Measure everything! Version 2.5 is out https://t.co/a.b'),
    ).toEqual({ words: 7, avgWordLength: 38 / 7, sentences: 3 });
    expect(readability('')).toEqual({ words: 0, avgWordLength: 0, sentences: 0 });
    expect(readability('one line\nanother line').sentences).toBe(2);
  });

  it('gives counts that are consistent on any text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = readability(s);
        expect(Number.isInteger(r.words) && r.words >= 0).toBe(true);
        expect(Number.isInteger(r.sentences) && r.sentences >= 0).toBe(true);
        if (r.words === 0) expect(r.avgWordLength).toBe(0);
        else expect(r.avgWordLength).toBeGreaterThanOrEqual(1);
        if (r.words > 0) expect(r.sentences).toBeGreaterThan(0);
      }),
    );
  });
});
