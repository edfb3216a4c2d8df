/**
 * The web the world's posts link to, so a link checker has something to check with no internet.
 * Perch reaches it with its outbound client's `connectTo` (every request sent here over plain
 * HTTP, the link's host kept in the Host header), so requests whose Host is not the simulator's
 * own are answered by this module instead of the X API.
 *
 * What a URL answers (the truth tests compare against):
 * - a careers page of an open role: 200; of a role already filled ({@link openingClosed}): 404;
 * - a link in a post labelled `audit:broken-link` (an old blog, taken down): 404;
 * - `https://t.co/…` of a post: 301 to the link it stands for;
 * - any other link in a post or profile: 200, whatever its query string;
 * - anything else: 404 (an unknown host answers like a missing page: there is no DNS here).
 * Tests can override any URL (status, redirect, delay) through {@link SimWeb.set}.
 */
import type { SimOpening, World } from './world.js';

export interface WebAnswer {
  status: number;
  /** Redirect target, for a 3xx. */
  location?: string;
  /** Wait this long before answering (for timeout tests). */
  delayMs?: number;
}

/** One request the web received. */
export interface WebRequestRecord {
  method: string;
  /** `host/path`, without scheme or query. */
  url: string;
  status: number;
  at: number;
}

/** A filled role's careers page is gone. About one in six, fixed by the opening's id. */
export function openingClosed(opening: Pick<SimOpening, 'id'>): boolean {
  let h = 2166136261;
  for (let i = 0; i < opening.id.length; i++) h = Math.imul(h ^ opening.id.charCodeAt(i), 16777619);
  return (h >>> 0) % 6 === 0;
}

/** `host/path` of a URL: what the web keys pages on (scheme, query, fragment and a trailing slash aside). */
export function webKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.toLowerCase()}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

export class SimWeb {
  private readonly overrides = new Map<string, WebAnswer>();
  private index: Map<string, WebAnswer> | undefined;
  private indexedTweets = -1;

  constructor(private readonly world: World) {}

  /** What the web answers for a URL. */
  answer(url: string): WebAnswer {
    const key = webKey(url);
    const forced = this.overrides.get(key);
    if (forced) return forced;
    return this.pages().get(key) ?? { status: 404 };
  }

  /** Overrides what a URL answers until {@link clear}. */
  set(url: string, answer: WebAnswer): void {
    this.overrides.set(webKey(url), answer);
  }

  clear(): void {
    this.overrides.clear();
  }

  private pages(): Map<string, WebAnswer> {
    // Posts made through the API may bring new links (and t.co addresses): index again then.
    if (this.index && this.indexedTweets === this.world.tweets.length) return this.index;
    const pages = new Map<string, WebAnswer>();
    const ok: WebAnswer = { status: 200 };
    const gone: WebAnswer = { status: 404 };
    for (const u of this.world.users) {
      for (const e of u.entities?.url?.urls ?? []) {
        if (e.expanded_url) pages.set(webKey(e.expanded_url), ok);
      }
    }
    for (const t of this.world.tweets) {
      const dead = t.labels.includes('audit:broken-link');
      for (const e of t.entities?.urls ?? []) {
        if (!e.expanded_url) continue;
        const key = webKey(e.expanded_url);
        if (dead) pages.set(key, gone);
        else if (!pages.has(key)) pages.set(key, ok);
        pages.set(webKey(e.url), { status: 301, location: e.expanded_url });
      }
    }
    for (const c of this.world.companies) {
      pages.set(c.domain.toLowerCase(), ok);
      for (const o of c.openings) pages.set(webKey(o.url), openingClosed(o) ? gone : ok);
    }
    this.index = pages;
    this.indexedTweets = this.world.tweets.length;
    return pages;
  }
}
