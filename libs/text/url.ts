/**
 * One spelling per link, so that a job posting shared by its company, an employee with `?ref=` and
 * three recruiters with `utm_` tags counts as one link in trend counts and one opening in a dossier.
 * Only what never changes the page is dropped: the scheme (everything is served over https), a
 * `www.` prefix, credentials, default ports, the fragment, a trailing slash and tracking
 * parameters. Parameters that select content (a job id such as `gh_jid`, a search query) stay,
 * sorted so their order does not matter.
 */

/** Lowercased names; any `utm_*` parameter is tracking too. */
const TRACKING = new Set([
  'ref',
  'ref_src',
  'ref_url',
  'source',
  'src',
  'gh_src',
  'lever-source',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'twclid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'si',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
]);

/** Whether a query parameter only says where a click came from. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING.has(n);
}

/** The canonical form of an http(s) link, or null for anything else. Idempotent. */
export function canonicalUrl(url: string): string | null {
  if (typeof url !== 'string') return null;
  const s = url.trim();
  if (!/^https?:\/\//i.test(s)) return null;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  let host = u.hostname;
  // Repeatedly, so that the result has no `www.` left to strip on a second pass.
  while (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  if (!host) return null;
  // An http link on port 443 would be odd; on 80 or 443 it is the default once it is https.
  const port = u.port === '' || u.port === '80' || u.port === '443' ? '' : `:${u.port}`;

  let path = u.pathname.replace(/\/+$/, '');
  if (path === '') path = '/';

  const params = [...u.searchParams].filter(([k]) => !isTrackingParam(k));
  // Code-unit order, not locale order: the same on every machine.
  params.sort(([ak, av], [bk, bv]) =>
    ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0,
  );
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';

  // Parsing what we built once more refuses a host that only parsed with its `www.`, and spells
  // the result the way the parser would, so a second pass finds nothing to change.
  try {
    return new URL(`https://${host}${port}${path}${query}`).href;
  } catch {
    return null;
  }
}
