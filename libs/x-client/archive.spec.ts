import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import yazl from 'yazl';
import { archiveTweetToPost, readXArchive, type ArchiveRecord } from './archive.js';

// Zipping 20 MB bombs takes seconds on a busy 2-core machine.
jest.setTimeout(30_000);

const dir = mkdtempSync(join(tmpdir(), 'perch-archive-'));
let n = 0;

function zip(files: Record<string, string | Buffer>, compress = true): Promise<string> {
  const path = join(dir, `a${n++}.zip`);
  const z = new yazl.ZipFile();
  for (const [name, body] of Object.entries(files))
    z.addBuffer(Buffer.from(body), name, { compress });
  z.end();
  return new Promise((resolve, reject) => {
    z.outputStream
      .pipe(createWriteStream(path))
      .on('close', () => resolve(path))
      .on('error', reject);
  });
}

const ytd = (name: string, rows: unknown[]) =>
  `window.YTD.${name}.part0 = ${JSON.stringify(rows, null, 2)}`;
const account = ytd('account', [
  {
    account: {
      accountId: '42',
      username: 'ada_dev',
      accountDisplayName: 'Ada',
      createdAt: '2015-01-01T00:00:00.000Z',
    },
  },
]);
const tweet = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  tweet: {
    id_str: id,
    created_at: 'Sat Nov 09 12:14:18 +0000 2024',
    full_text: text,
    lang: 'en',
    favorite_count: '3',
    retweet_count: '1',
    entities: {
      hashtags: [{ text: 'DataChat' }],
      user_mentions: [{ screen_name: 'acme' }],
      urls: [],
    },
    ...extra,
  },
});

async function collect(path: string, limits = {}): Promise<ArchiveRecord[]> {
  const out: ArchiveRecord[] = [];
  for await (const r of readXArchive(path, { limits })) out.push(r);
  return out;
}

describe('readXArchive', () => {
  it('reads a 2022+ archive: account, posts in parts, following and followers', async () => {
    const path = await zip({
      'data/manifest.js': `window.__THAR_CONFIG = ${JSON.stringify({ userInfo: { accountId: '42', userName: 'ada_dev' } })}`,
      'data/account.js': account,
      'data/tweets.js': ytd('tweets', [tweet('100', 'Loving #DataChat with @acme &amp; friends')]),
      'data/tweets-part1.js': ytd('tweets', [
        tweet('101', 'second part', {
          in_reply_to_status_id_str: '99',
          in_reply_to_user_id_str: '7',
        }),
      ]),
      'data/following.js': ytd('following', [
        { following: { accountId: '7', userLink: 'https://x.com/intent/user?user_id=7' } },
      ]),
      'data/follower.js': ytd('follower', [
        { follower: { accountId: '8' } },
        { follower: { accountId: 'not-an-id' } },
      ]),
      'Your archive.html': '<html></html>',
    });
    const records = await collect(path);
    expect(records[0]).toEqual({
      kind: 'account',
      account: {
        accountId: '42',
        username: 'ada_dev',
        displayName: 'Ada',
        createdAt: '2015-01-01T00:00:00.000Z',
      },
    });
    const posts = records
      .filter((r) => r.kind === 'post')
      .map((r) => (r.kind === 'post' ? r.post : null));
    expect(posts.map((p) => p?.id)).toEqual(['100', '101']);
    expect(posts[0]).toMatchObject({
      text: 'Loving #DataChat with @acme & friends',
      authorId: '42',
      createdAt: '2024-11-09T12:14:18.000Z',
      hashtags: ['DataChat'],
      mentions: ['acme'],
    });
    expect(posts[1]?.referenced).toEqual([{ type: 'replied_to', id: '99' }]);
    expect(records.filter((r) => r.kind === 'following')).toEqual([
      { kind: 'following', accountId: '7' },
    ]);
    expect(records.filter((r) => r.kind === 'follower')).toEqual([
      { kind: 'follower', accountId: '8' },
    ]);
  });

  it('reads the 2019–22 era (tweet.js, YTD.tweet) and Grailbird month files', async () => {
    const older = await zip({
      'data/account.js': account,
      'data/tweet.js': ytd('tweet', [tweet('200', 'older era')]),
    });
    expect((await collect(older)).filter((r) => r.kind === 'post')).toHaveLength(1);
    const grailbird = await zip({
      'data/account.js': account,
      'data/js/tweets/2014_01.js': `Grailbird.data.tweets_2014_01 = ${JSON.stringify([{ id_str: '300', text: 'grailbird', created_at: '2014-01-05 10:00:00 +0000' }])}`,
    });
    const posts = (await collect(grailbird)).filter((r) => r.kind === 'post');
    expect(posts).toHaveLength(1);
  });

  it('refuses what is not a zip, and a zip that is not an X archive', async () => {
    const junk = join(dir, 'junk.zip');
    writeFileSync(junk, 'definitely not a zip');
    await expect(collect(junk)).rejects.toMatchObject({ code: 'ARCHIVE_MALFORMED' });
    await expect(collect(await zip({ 'readme.txt': 'hello' }))).rejects.toMatchObject({
      code: 'ARCHIVE_NOT_X',
    });
  });

  it('never evaluates a data file that tries to run code', async () => {
    const path = await zip({
      'data/account.js': account,
      'data/tweets.js':
        'window.YTD.tweets.part0 = (function(){ globalThis.pwned = true; return [] })()',
    });
    await expect(collect(path)).rejects.toMatchObject({ code: 'ARCHIVE_MALFORMED' });
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    const assignment = await zip({
      'data/account.js': 'process.exit(1); window.YTD.account.part0 = []',
    });
    await expect(collect(assignment)).rejects.toMatchObject({ code: 'ARCHIVE_MALFORMED' });
  });

  it('refuses a zip bomb, too many entries and oversize entries before reading them', async () => {
    const bomb = await zip({
      'data/account.js': account,
      'data/tweets.js': Buffer.alloc(20 * 1024 ** 2, 0x20),
    });
    await expect(collect(bomb)).rejects.toMatchObject({ code: 'ARCHIVE_BOMB' });
    const many = await zip(
      Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, 'x'])),
    );
    await expect(collect(many, { maxEntries: 20 })).rejects.toMatchObject({
      code: 'ARCHIVE_TOO_MANY_ENTRIES',
    });
    const big = await zip(
      {
        'data/account.js': account,
        'data/tweets.js': ytd('tweets', [tweet('1', 'x'.repeat(5000))]),
      },
      false,
    );
    await expect(collect(big, { maxEntryBytes: 1000 })).rejects.toMatchObject({
      code: 'ARCHIVE_TOO_LARGE',
    });
    await expect(collect(big, { maxZipBytes: 100 })).rejects.toMatchObject({
      code: 'ARCHIVE_TOO_LARGE',
    });
  });

  it('reports malformed JSON as malformed, not as a crash', async () => {
    const path = await zip({
      'data/account.js': account,
      'data/tweets.js': 'window.YTD.tweets.part0 = [{"tweet": ',
    });
    await expect(collect(path)).rejects.toMatchObject({ code: 'ARCHIVE_MALFORMED' });
  });
});

describe('archiveTweetToPost', () => {
  it('skips records without a numeric id', () => {
    expect(archiveTweetToPost({ tweet: { id_str: 'abc', full_text: 'x' } }, '1')).toBeNull();
  });
});
