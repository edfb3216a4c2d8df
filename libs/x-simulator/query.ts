/**
 * The subset of X's search query language the simulator understands, as a tokenizer, a
 * recursive-descent parser and a matcher.
 *
 * Grammar (AND binds tighter than OR, as on X: `a b OR c` is `(a b) OR c`):
 *
 *   query  := or
 *   or     := and ('OR' and)*
 *   and    := unary+
 *   unary  := '-' unary | '(' or ')' | clause
 *   clause := word | "phrase" | #hashtag | $cashtag | @mention | op:value | op:"quoted value"
 *
 * Operators: from: to: retweets_of: lang: url: conversation_id: is:(retweet|reply|quote|verified)
 * has:(links|hashtags|mentions|media|cashtags). Like X, a query needs at least one clause that
 * is neither negated nor an is:/has:/lang: operator. Every failure is a {@link QuerySyntaxError}
 * with the 0-based position it was found at.
 */
import { words } from './text.js';

/** A query X would refuse; `position` is the 0-based character offset. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason} (at position ${position + 1})`);
  }
}

export type IsOperand = 'retweet' | 'reply' | 'quote' | 'verified';
export type HasOperand = 'links' | 'hashtags' | 'mentions' | 'media' | 'cashtags';

/** One leaf of a query. Text values are kept as typed; matching is case-insensitive. */
export type QueryClause =
  | { kind: 'keyword'; words: string[]; raw: string }
  | { kind: 'phrase'; words: string[]; raw: string }
  | { kind: 'hashtag'; tag: string }
  | { kind: 'cashtag'; tag: string }
  | { kind: 'mention'; username: string }
  | { kind: 'from'; user: string }
  | { kind: 'to'; user: string }
  | { kind: 'retweets_of'; user: string }
  | { kind: 'lang'; code: string }
  | { kind: 'url'; text: string }
  | { kind: 'conversation_id'; id: string }
  | { kind: 'is'; what: IsOperand }
  | { kind: 'has'; what: HasOperand };

export type QueryNode =
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode }
  | { type: 'clause'; clause: QueryClause };

/** What the matcher needs to know about a post; usernames and tags may be in any case. */
export interface SearchablePost {
  text: string;
  lang: string;
  authorId: string;
  authorUsername: string;
  authorVerified: boolean;
  inReplyToUserId?: string;
  inReplyToUsername?: string;
  retweetedUserId?: string;
  retweetedUsername?: string;
  conversationId: string;
  hashtags: readonly string[];
  cashtags: readonly string[];
  mentions: readonly string[];
  /** t.co, expanded and display forms of every URL. */
  urls: readonly string[];
  hasMedia: boolean;
  isRetweet: boolean;
  isReply: boolean;
  isQuote: boolean;
  /** Lower-cased word tokens of `text`; computed from it when absent. */
  words?: readonly string[];
}

type Token =
  | { t: 'lparen'; pos: number }
  | { t: 'rparen'; pos: number }
  | { t: 'or'; pos: number }
  | { t: 'neg'; pos: number }
  | { t: 'phrase'; value: string; pos: number }
  | { t: 'word'; value: string; pos: number }
  | { t: 'op'; name: string; value: string; pos: number };

const OPERATORS = new Set([
  'from',
  'to',
  'retweets_of',
  'lang',
  'url',
  'conversation_id',
  'is',
  'has',
]);
const IS_OPERANDS: readonly IsOperand[] = ['retweet', 'reply', 'quote', 'verified'];
const HAS_OPERANDS: readonly HasOperand[] = ['links', 'hashtags', 'mentions', 'media', 'cashtags'];

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function readQuoted(q: string, open: number): { value: string; next: number } {
  const close = q.indexOf('"', open + 1);
  if (close < 0) throw new QuerySyntaxError('Unbalanced quotes: missing closing "', open);
  return { value: q.slice(open + 1, close), next: close + 1 };
}

function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (isSpace(c)) {
      i++;
    } else if (c === '(') {
      out.push({ t: 'lparen', pos: i++ });
    } else if (c === ')') {
      out.push({ t: 'rparen', pos: i++ });
    } else if (c === '"') {
      const { value, next } = readQuoted(q, i);
      out.push({ t: 'phrase', value, pos: i });
      i = next;
    } else if (c === '-') {
      const after = q[i + 1];
      if (after === undefined || isSpace(after) || after === ')') {
        throw new QuerySyntaxError('A "-" must be followed directly by the term it negates', i);
      }
      out.push({ t: 'neg', pos: i++ });
    } else {
      const start = i;
      while (i < q.length && !isSpace(q[i]) && q[i] !== '(' && q[i] !== ')' && q[i] !== '"') i++;
      const word = q.slice(start, i);
      const colon = word.indexOf(':');
      const name = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
      if (colon > 0 && /^[a-z_]+$/.test(name) && !word.slice(colon + 1).startsWith('//')) {
        if (!OPERATORS.has(name)) {
          throw new QuerySyntaxError(`Reference to invalid operator '${name}'`, start);
        }
        let value = word.slice(colon + 1);
        if (value === '' && q[i] === '"') {
          const quoted = readQuoted(q, i);
          value = quoted.value;
          i = quoted.next;
        }
        if (value.trim() === '') {
          throw new QuerySyntaxError(`Operator '${name}:' needs a value`, start);
        }
        out.push({ t: 'op', name, value, pos: start });
      } else if (word === 'OR') {
        out.push({ t: 'or', pos: start });
      } else {
        out.push({ t: 'word', value: word, pos: start });
      }
    }
  }
  return out;
}

function clauseFromOp(name: string, value: string, pos: number): QueryClause {
  const bare = value.replace(/^@/, '');
  switch (name) {
    case 'from':
      return { kind: 'from', user: bare };
    case 'to':
      return { kind: 'to', user: bare };
    case 'retweets_of':
      return { kind: 'retweets_of', user: bare };
    case 'lang':
      if (!/^[a-z]{2,3}(-[a-z]{2,4})?$/i.test(value)) {
        throw new QuerySyntaxError(`Invalid language code '${value}'`, pos);
      }
      return { kind: 'lang', code: value.toLowerCase() };
    case 'url':
      return { kind: 'url', text: value };
    case 'conversation_id':
      if (!/^[0-9]{1,19}$/.test(value)) {
        throw new QuerySyntaxError(`conversation_id: needs a numeric id, got '${value}'`, pos);
      }
      return { kind: 'conversation_id', id: value };
    case 'is': {
      const what = IS_OPERANDS.find((o) => o === value.toLowerCase());
      if (!what) throw new QuerySyntaxError(`Unknown operand 'is:${value}'`, pos);
      return { kind: 'is', what };
    }
    case 'has': {
      const what = HAS_OPERANDS.find((o) => o === value.toLowerCase());
      if (!what) throw new QuerySyntaxError(`Unknown operand 'has:${value}'`, pos);
      return { kind: 'has', what };
    }
    default:
      throw new QuerySyntaxError(`Reference to invalid operator '${name}'`, pos);
  }
}

function clauseFromWord(word: string, pos: number): QueryClause {
  const sigil = word[0];
  const rest = word.slice(1);
  if (sigil === '#' || sigil === '@' || sigil === '$') {
    const valid =
      sigil === '@' ? /^[A-Za-z0-9_]{1,15}$/.test(rest) : /^[\p{L}\p{N}_]+$/u.test(rest);
    if (!valid) throw new QuerySyntaxError(`Invalid ${sigil}-term '${word}'`, pos);
    if (sigil === '#') return { kind: 'hashtag', tag: rest };
    if (sigil === '@') return { kind: 'mention', username: rest };
    return { kind: 'cashtag', tag: rest };
  }
  const ws = words(word);
  if (ws.length === 0) {
    throw new QuerySyntaxError(`Term '${word}' has no letters or digits to search for`, pos);
  }
  return { kind: 'keyword', words: ws, raw: word };
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private posOf(tok: Token | undefined): number {
    return tok ? tok.pos : this.length;
  }

  parseQuery(): QueryNode {
    if (this.tokens.length === 0) throw new QuerySyntaxError('The query is empty', 0);
    const node = this.parseOr();
    const extra = this.peek();
    if (extra) throw new QuerySyntaxError('Unbalanced parentheses: unexpected ")"', extra.pos);
    return node;
  }

  private parseOr(): QueryNode {
    const children = [this.parseAnd()];
    while (this.peek()?.t === 'or') {
      this.i++;
      const next = this.peek();
      if (!next || next.t === 'rparen' || next.t === 'or') {
        throw new QuerySyntaxError('OR must be followed by a term', this.posOf(next));
      }
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0] : { type: 'or', children };
  }

  private parseAnd(): QueryNode {
    const children: QueryNode[] = [];
    for (let tok = this.peek(); tok && tok.t !== 'rparen' && tok.t !== 'or'; tok = this.peek()) {
      children.push(this.parseUnary());
    }
    if (children.length === 0) {
      const tok = this.peek();
      const what = tok?.t === 'or' ? 'OR must have a term on both sides' : 'Empty group "()"';
      throw new QuerySyntaxError(what, this.posOf(tok));
    }
    return children.length === 1 ? children[0] : { type: 'and', children };
  }

  private parseUnary(): QueryNode {
    const tok = this.peek()!;
    this.i++;
    switch (tok.t) {
      case 'neg': {
        const next = this.peek();
        if (!next || next.t === 'rparen' || next.t === 'or') {
          throw new QuerySyntaxError('A "-" must be followed by a term', this.posOf(next));
        }
        return { type: 'not', child: this.parseUnary() };
      }
      case 'lparen': {
        if (this.peek()?.t === 'rparen') {
          throw new QuerySyntaxError('Empty group "()"', tok.pos);
        }
        const inner = this.parseOr();
        if (this.peek()?.t !== 'rparen') {
          throw new QuerySyntaxError('Unbalanced parentheses: missing closing ")"', tok.pos);
        }
        this.i++;
        return inner;
      }
      case 'phrase': {
        const ws = words(tok.value);
        if (ws.length === 0) throw new QuerySyntaxError('Empty quoted phrase', tok.pos);
        return { type: 'clause', clause: { kind: 'phrase', words: ws, raw: tok.value } };
      }
      case 'op':
        return { type: 'clause', clause: clauseFromOp(tok.name, tok.value, tok.pos) };
      case 'word':
        return { type: 'clause', clause: clauseFromWord(tok.value, tok.pos) };
      case 'rparen':
        throw new QuerySyntaxError('Unbalanced parentheses: unexpected ")"', tok.pos);
      case 'or':
        throw new QuerySyntaxError('OR must have a term on both sides', tok.pos);
    }
  }
}

const CONJUNCTION_ONLY = new Set<QueryClause['kind']>(['is', 'has', 'lang']);

function hasPositiveStandalone(node: QueryNode, negated: boolean): boolean {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.children.some((c) => hasPositiveStandalone(c, negated));
    case 'not':
      return hasPositiveStandalone(node.child, !negated);
    case 'clause':
      return !negated && !CONJUNCTION_ONLY.has(node.clause.kind);
  }
}

/**
 * Parses a search query. Throws only {@link QuerySyntaxError}, for unbalanced quotes or
 * parentheses, dangling OR or "-", unknown operators, and queries with nothing positive to find.
 */
export function parseQuery(query: string): QueryNode {
  const node = new Parser(tokenize(query), query.length).parseQuery();
  if (!hasPositiveStandalone(node, false)) {
    throw new QuerySyntaxError(
      'A query needs at least one term that is neither negated nor an is:, has: or lang: operator',
      0,
    );
  }
  return node;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 1) return haystack.includes(needle[0]);
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

const eqi = (a: string | undefined, b: string) =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();

function matchesUser(id: string | undefined, username: string | undefined, user: string) {
  return (id !== undefined && id === user) || eqi(username, user);
}

function matchesClause(c: QueryClause, p: SearchablePost, ws: readonly string[]): boolean {
  switch (c.kind) {
    case 'keyword':
    case 'phrase':
      return containsSequence(ws, c.words);
    case 'hashtag':
      return p.hashtags.some((h) => eqi(h, c.tag));
    case 'cashtag':
      return p.cashtags.some((h) => eqi(h, c.tag));
    case 'mention':
      return p.mentions.some((m) => eqi(m, c.username));
    case 'from':
      return matchesUser(p.authorId, p.authorUsername, c.user);
    case 'to':
      return matchesUser(p.inReplyToUserId, p.inReplyToUsername, c.user);
    case 'retweets_of':
      return p.isRetweet && matchesUser(p.retweetedUserId, p.retweetedUsername, c.user);
    case 'lang':
      return p.lang.toLowerCase() === c.code;
    case 'url': {
      const needle = c.text.toLowerCase();
      return p.urls.some((u) => u.toLowerCase().includes(needle));
    }
    case 'conversation_id':
      return p.conversationId === c.id;
    case 'is':
      return IS_TESTS[c.what](p);
    case 'has':
      return HAS_TESTS[c.what](p);
  }
}

const IS_TESTS: Record<IsOperand, (p: SearchablePost) => boolean> = {
  retweet: (p) => p.isRetweet,
  reply: (p) => p.isReply,
  quote: (p) => p.isQuote,
  verified: (p) => p.authorVerified,
};

const HAS_TESTS: Record<HasOperand, (p: SearchablePost) => boolean> = {
  links: (p) => p.urls.length > 0,
  hashtags: (p) => p.hashtags.length > 0,
  mentions: (p) => p.mentions.length > 0,
  media: (p) => p.hasMedia,
  cashtags: (p) => p.cashtags.length > 0,
};

function evaluate(node: QueryNode, p: SearchablePost, ws: readonly string[]): boolean {
  switch (node.type) {
    case 'and':
      return node.children.every((c) => evaluate(c, p, ws));
    case 'or':
      return node.children.some((c) => evaluate(c, p, ws));
    case 'not':
      return !evaluate(node.child, p, ws);
    case 'clause':
      return matchesClause(node.clause, p, ws);
  }
}

/** Whether a post matches a parsed query. */
export function matchesQuery(node: QueryNode, post: SearchablePost): boolean {
  return evaluate(node, post, post.words ?? words(post.text));
}

function formatClause(c: QueryClause): string {
  const quote = (v: string) => (/[\s()"]/.test(v) || v === 'OR' ? `"${v}"` : v);
  switch (c.kind) {
    case 'keyword':
      return c.raw;
    case 'phrase':
      return `"${c.raw}"`;
    case 'hashtag':
      return `#${c.tag}`;
    case 'cashtag':
      return `$${c.tag}`;
    case 'mention':
      return `@${c.username}`;
    case 'from':
    case 'to':
    case 'retweets_of':
      return `${c.kind}:${c.user}`;
    case 'lang':
      return `lang:${c.code}`;
    case 'url':
      return `url:${quote(c.text)}`;
    case 'conversation_id':
      return `conversation_id:${c.id}`;
    case 'is':
    case 'has':
      return `${c.kind}:${c.what}`;
  }
}

/** Writes a query back as text that parses to an equivalent tree. */
export function formatQuery(node: QueryNode): string {
  switch (node.type) {
    case 'and':
      return node.children
        .map((c) => (c.type === 'or' ? `(${formatQuery(c)})` : formatQuery(c)))
        .join(' ');
    case 'or':
      return node.children
        .map((c) => (c.type === 'or' ? `(${formatQuery(c)})` : formatQuery(c)))
        .join(' OR ');
    case 'not': {
      const inner = formatQuery(node.child);
      return node.child.type === 'clause' || node.child.type === 'not'
        ? `-${inner}`
        : `-(${inner})`;
    }
    case 'clause':
      return formatClause(node.clause);
  }
}
