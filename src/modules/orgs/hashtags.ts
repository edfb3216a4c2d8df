import { AppError } from '../../platform/errors.js';

const HASHTAG_RE = /^#?([\p{L}\p{N}_]{1,100})$/u;

/** A hashtag without '#', or BAD_USER_INPUT naming what to change. */
export function normalizeHashtag(raw: string, field: string[]): string {
  const t = raw.trim();
  const m = HASHTAG_RE.exec(t);
  if (!m) {
    const hint = /\s/.test(t)
      ? `Hashtags have no spaces: write #${t.replace(/^#/, '').replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase())}.`
      : 'Use letters, digits and _ only, like #DataChat.';
    throw AppError.badInput(`"${raw}" is not a hashtag. ${hint}`, field);
  }
  return m[1];
}
