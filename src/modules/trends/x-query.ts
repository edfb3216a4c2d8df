/**
 * Checks an X search query before it becomes a topic, so a bad one fails now with a message that
 * names the bad part, rather than at the first poll with X's generic 400. The grammar is X's
 * (reference/x-api.md): terms, "phrases", OR, -negation, parentheses, and operators.
 */

const OPERATORS = new Set([
  'from',
  'to',
  'url',
  'retweets_of',
  'context',
  'entity',
  'conversation_id',
  'bio',
  'bio_name',
  'bio_location',
  'place',
  'place_country',
  'point_radius',
  'bounding_box',
  'is',
  'has',
  'lang',
  'list',
  'sample',
]);
const IS = new Set(['retweet', 'reply', 'quote', 'verified', 'nullcast']);
const HAS = new Set([
  'hashtags',
  'cashtags',
  'links',
  'mentions',
  'media',
  'images',
  'video_link',
  'geo',
]);
/** Operators that cannot stand alone: X wants at least one other term beside them. */
const NOT_STANDALONE = new Set(['is', 'has', 'lang', 'sample', 'place_country']);

export class QueryProblem extends Error {}

interface Tok {
  text: string;
  at: number;
}

function lex(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ text: ch, at: i });
      i++;
      continue;
    }
    const start = i;
    let quoted = false;
    while (i < q.length && (quoted || !/[\s()]/.test(q[i]))) {
      if (q[i] === '"') quoted = !quoted;
      i++;
    }
    if (quoted)
      throw new QueryProblem(`The quote opened at character ${start + 1} is never closed.`);
    out.push({ text: q.slice(start, i), at: start });
  }
  return out;
}

/** Throws QueryProblem naming what is wrong and where; returns the query trimmed. */
export function validateXQuery(raw: string): string {
  const q = raw.trim();
  if (!q) throw new QueryProblem('Give a search query.');
  if (q.length > 512)
    throw new QueryProblem(
      `X accepts queries of at most 512 characters (this one has ${q.length}).`,
    );
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(q))
    throw new QueryProblem('A query cannot contain control characters.');
  const toks = lex(q);
  let depth = 0;
  let standalone = 0;
  let prev: Tok | null = null;
  for (const t of toks) {
    const where = `at character ${t.at + 1}`;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (--depth < 0)
        throw new QueryProblem(`“)” ${where} closes a parenthesis that was never opened.`);
      if (prev?.text === '(') throw new QueryProblem(`Empty parentheses ${where}.`);
      if (prev?.text === 'OR') {
        throw new QueryProblem(`“OR” at character ${prev.at + 1} has nothing after it.`);
      }
    } else if (t.text === 'OR') {
      if (!prev || prev.text === '(' || prev.text === 'OR') {
        throw new QueryProblem(`“OR” ${where} has nothing before it.`);
      }
    } else {
      const negated = t.text.startsWith('-');
      const body = negated ? t.text.slice(1) : t.text;
      if (!body) throw new QueryProblem(`“-” ${where} negates nothing.`);
      const op = /^([a-z_]+):(.*)$/i.exec(body);
      if (op && !body.startsWith('"') && !/^https?:/i.test(body)) {
        const name = op[1].toLowerCase();
        const value = op[2];
        if (!OPERATORS.has(name)) throw new QueryProblem(`Unknown operator “${name}:” ${where}.`);
        if (!value) throw new QueryProblem(`“${name}:” ${where} has no value.`);
        if (name === 'is' && !IS.has(value.toLowerCase())) {
          throw new QueryProblem(`“is:${value}” ${where}: X knows is:${[...IS].join(', is:')}.`);
        }
        if (name === 'has' && !HAS.has(value.toLowerCase())) {
          throw new QueryProblem(
            `“has:${value}” ${where}: X knows has:${[...HAS].join(', has:')}.`,
          );
        }
        if (name === 'lang' && !/^[a-z]{2,3}$/i.test(value)) {
          throw new QueryProblem(`“lang:${value}” ${where} is not a language code (e.g. lang:en).`);
        }
        if (!negated && !NOT_STANDALONE.has(name)) standalone++;
      } else if (!negated) {
        standalone++;
      }
    }
    prev = t;
  }
  if (prev?.text === 'OR')
    throw new QueryProblem(`“OR” at character ${prev.at + 1} has nothing after it.`);
  if (depth > 0) throw new QueryProblem('A parenthesis is opened and never closed.');
  if (!standalone) {
    throw new QueryProblem(
      'The query needs at least one word, phrase, #hashtag, @mention or from: that is not negated.',
    );
  }
  return q;
}
