/**
 * Reads a person's X data export (the archive zip) without trusting it: the zip and every entry
 * are size-capped, a suspicious compression ratio is refused as a zip bomb, declared sizes are
 * checked against real ones (yauzl validateEntrySizes), and the `window.YTD… = [...]` files are
 * parsed as JSON after the first `=`, never evaluated. Three eras are understood: 2022+
 * (`tweets.js`, `YTD.tweets`), 2019–22 (`tweet.js`, `YTD.tweet`) and Grailbird (≤ 2018,
 * `data/js/tweets/YYYY_MM.js`).
 */
import { stat } from 'node:fs/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { XPost } from './types.js';

export interface ArchiveLimits {
  maxZipBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest uncompressed ÷ compressed ratio accepted for an entry above 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxZipBytes: 2 * 1024 ** 3,
  maxEntries: 50_000,
  maxEntryBytes: 512 * 1024 ** 2,
  maxTotalBytes: 4 * 1024 ** 3,
  maxRatio: 100,
};

export type ArchiveErrorCode =
  | 'ARCHIVE_TOO_LARGE'
  | 'ARCHIVE_TOO_MANY_ENTRIES'
  | 'ARCHIVE_BOMB'
  | 'ARCHIVE_MALFORMED'
  | 'ARCHIVE_NOT_X'
  /** The archive is of another X account than the one the seeker connected. */
  | 'ARCHIVE_OTHER_ACCOUNT';

export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export interface ArchiveAccount {
  accountId: string;
  username: string;
  displayName: string | null;
  createdAt: string | null;
}

export type ArchiveEra = 'tweets' | 'tweet' | 'grailbird';

export type ArchiveRecord =
  | { kind: 'account'; account: ArchiveAccount }
  | { kind: 'post'; post: XPost }
  | { kind: 'following'; accountId: string }
  | { kind: 'follower'; accountId: string };

export interface ArchiveProgress {
  entriesDone: number;
  entriesTotal: number;
}

const POST_FILE = /^(?:.*\/)?data\/(tweets?)(?:-part\d+)?\.js$/;
const GRAILBIRD_FILE = /^(?:.*\/)?data\/js\/tweets\/\d{4}_\d{2}\.js$/;
const FOLLOW_FILE = /^(?:.*\/)?data\/(following|follower)(?:-part\d+)?\.js$/;
const ACCOUNT_FILE = /^(?:.*\/)?data\/account\.js$/;
const MANIFEST_FILE = /^(?:.*\/)?data\/manifest\.js$/;

/** `window.YTD.tweets.part0 = [...]` → the array, as data. Anything else is malformed. */
export function parseYtd(source: string, file: string): unknown {
  const eq = source.indexOf('=');
  if (
    eq < 0 ||
    !/^\s*(window\.YTD\.[\w.]+|window\.__THAR_CONFIG|Grailbird\.data\.[\w]+)\s*$/.test(
      source.slice(0, eq),
    )
  ) {
    throw new ArchiveError(
      'ARCHIVE_MALFORMED',
      `${file} does not look like an X archive data file`,
    );
  }
  try {
    return JSON.parse(
      source
        .slice(eq + 1)
        .trim()
        .replace(/;$/, ''),
    );
  } catch {
    throw new ArchiveError('ARCHIVE_MALFORMED', `${file} is not valid archive data`);
  }
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

type J = Record<string, unknown>;
const o = (v: unknown): J => (v && typeof v === 'object' ? (v as J) : {});
const a = (v: unknown): J[] => (Array.isArray(v) ? (v as J[]) : []);
const s = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
const n = (v: unknown): number => Number(v ?? 0) || 0;

/** A v1.1-style archive tweet to Perch's post shape. */
export function archiveTweetToPost(raw: J, accountId: string): XPost | null {
  const t = raw.tweet ? o(raw.tweet) : raw;
  const id = s(t.id_str) ?? s(t.id);
  if (!id || !/^\d{1,20}$/.test(id)) return null;
  const created = s(t.created_at);
  const date = created ? new Date(created) : null;
  const e = o(t.entities);
  const text = unescapeHtml(s(t.full_text) ?? s(t.text) ?? '');
  const replyTo = s(t.in_reply_to_status_id_str);
  const referenced: XPost['referenced'] = replyTo ? [{ type: 'replied_to', id: replyTo }] : [];
  const rt = o(t.retweeted_status);
  const rtId = s(rt.id_str);
  if (rtId) referenced.push({ type: 'retweeted', id: rtId });
  return {
    id,
    text,
    authorId: accountId,
    createdAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    lang: s(t.lang),
    conversationId: null,
    inReplyToUserId: s(t.in_reply_to_user_id_str),
    referenced,
    hashtags: a(e.hashtags)
      .map((h) => s(h.text) ?? '')
      .filter(Boolean),
    mentions: a(e.user_mentions)
      .map((m) => s(m.screen_name) ?? '')
      .filter(Boolean),
    urls: a(e.urls).map((u) => ({ url: s(u.url) ?? '', expandedUrl: s(u.expanded_url) })),
    metrics: { likes: n(t.favorite_count), reposts: n(t.retweet_count), replies: 0, quotes: 0 },
  };
}

function open(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false },
      (err, zip) =>
        err
          ? reject(new ArchiveError('ARCHIVE_MALFORMED', `Not a readable zip file: ${err.message}`))
          : resolve(zip),
    ),
  );
}

function readEntry(zip: ZipFile, entry: Entry, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err)
        return reject(new ArchiveError('ARCHIVE_MALFORMED', `${entry.fileName}: ${err.message}`));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > max) {
          stream.destroy();
          reject(new ArchiveError('ARCHIVE_TOO_LARGE', `${entry.fileName} is larger than allowed`));
        } else chunks.push(c);
      });
      stream.on('error', (e: Error) =>
        reject(new ArchiveError('ARCHIVE_MALFORMED', `${entry.fileName}: ${e.message}`)),
      );
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  });
}

/** The entries of a zip, in order, with the zip-level limits applied before any is read. */
async function* entries(zip: ZipFile, limits: ArchiveLimits): AsyncGenerator<Entry> {
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ArchiveError(
      'ARCHIVE_TOO_MANY_ENTRIES',
      `The archive has ${zip.entryCount} files; the limit is ${limits.maxEntries}.`,
    );
  }
  let total = 0;
  const next = () =>
    new Promise<Entry | null>((resolve, reject) => {
      zip.once('entry', (e: Entry) => resolve(e));
      zip.once('end', () => resolve(null));
      zip.once('error', (e: Error) => reject(new ArchiveError('ARCHIVE_MALFORMED', e.message)));
      zip.readEntry();
    });
  for (let e = await next(); e; e = await next()) {
    zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    total += e.uncompressedSize;
    if (e.uncompressedSize > limits.maxEntryBytes || total > limits.maxTotalBytes) {
      zip.close();
      throw new ArchiveError(
        'ARCHIVE_TOO_LARGE',
        `The archive unpacks to more than allowed (${e.fileName}).`,
      );
    }
    if (
      e.uncompressedSize > 1024 ** 2 &&
      e.uncompressedSize / Math.max(e.compressedSize, 1) > limits.maxRatio
    ) {
      zip.close();
      throw new ArchiveError(
        'ARCHIVE_BOMB',
        `${e.fileName} expands ${Math.round(e.uncompressedSize / Math.max(e.compressedSize, 1))}× — refused as a zip bomb.`,
      );
    }
    yield e;
  }
}

/**
 * Streams the records of an X archive at `path`: the account first, then posts, following and
 * followers. Throws ArchiveError for anything hostile or not an X archive.
 */
export async function* readXArchive(
  path: string,
  opts: { limits?: Partial<ArchiveLimits>; onProgress?: (p: ArchiveProgress) => void } = {},
): AsyncGenerator<ArchiveRecord> {
  const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...opts.limits };
  const { size } = await stat(path);
  if (size > limits.maxZipBytes)
    throw new ArchiveError(
      'ARCHIVE_TOO_LARGE',
      `The archive is larger than ${limits.maxZipBytes} bytes.`,
    );
  // Two passes: the account (and manifest) first, so every post can carry its author.
  let account: ArchiveAccount | null = null;
  let manifestSeen = false;
  {
    const zip = await open(path);
    for await (const e of entries(zip, limits)) {
      if (ACCOUNT_FILE.test(e.fileName)) {
        const rows = a(parseYtd(await readEntry(zip, e, limits.maxEntryBytes), e.fileName));
        const acc = o(o(rows[0]).account);
        const accountId = s(acc.accountId);
        const username = s(acc.username);
        if (!accountId || !username)
          throw new ArchiveError('ARCHIVE_MALFORMED', 'account.js has no account id or username');
        account = {
          accountId,
          username,
          displayName: s(acc.accountDisplayName),
          createdAt: s(acc.createdAt),
        };
      } else if (MANIFEST_FILE.test(e.fileName)) {
        const m = o(parseYtd(await readEntry(zip, e, limits.maxEntryBytes), e.fileName));
        const info = o(m.userInfo);
        manifestSeen = true;
        if (!account && s(info.accountId) && s(info.userName)) {
          account = {
            accountId: s(info.accountId)!,
            username: s(info.userName)!,
            displayName: s(info.displayName),
            createdAt: null,
          };
        }
      }
    }
  }
  if (!account) {
    throw new ArchiveError(
      'ARCHIVE_NOT_X',
      manifestSeen
        ? 'The archive names no account.'
        : 'This is not an X archive (no data/account.js or data/manifest.js).',
    );
  }
  yield { kind: 'account', account };

  const zip = await open(path);
  let done = 0;
  for await (const e of entries(zip, limits)) {
    done++;
    if (POST_FILE.test(e.fileName) || GRAILBIRD_FILE.test(e.fileName)) {
      for (const row of a(parseYtd(await readEntry(zip, e, limits.maxEntryBytes), e.fileName))) {
        const post = archiveTweetToPost(row, account.accountId);
        if (post) yield { kind: 'post', post };
      }
    } else {
      const follow = FOLLOW_FILE.exec(e.fileName);
      if (follow) {
        const kind = follow[1] as 'following' | 'follower';
        for (const row of a(parseYtd(await readEntry(zip, e, limits.maxEntryBytes), e.fileName))) {
          const id = s(o(o(row)[kind]).accountId);
          if (id && /^\d{1,20}$/.test(id)) yield { kind, accountId: id };
        }
      }
    }
    opts.onProgress?.({ entriesDone: done, entriesTotal: zip.entryCount });
  }
}

/** Which era an archive entry name belongs to, for reports. */
export function eraOf(fileName: string): ArchiveEra | null {
  if (GRAILBIRD_FILE.test(fileName)) return 'grailbird';
  const m = POST_FILE.exec(fileName);
  return m ? (m[1] === 'tweets' ? 'tweets' : 'tweet') : null;
}
