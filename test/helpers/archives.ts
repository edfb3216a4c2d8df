/** Builds X archive zips for tests (yazl), in the layout X exports. */
import yazl from 'yazl';

const ytd = (name: string, rows: unknown[]) => `window.YTD.${name}.part0 = ${JSON.stringify(rows)}`;

export function archiveZip(
  opts: { accountId?: string; posts?: number; extra?: Record<string, Buffer | string> } = {},
): Promise<Buffer> {
  const accountId = opts.accountId ?? '4242';
  const files: Record<string, Buffer | string> = {
    'data/account.js': ytd('account', [
      { account: { accountId, username: 'ada_dev', accountDisplayName: 'Ada' } },
    ]),
    'data/tweets.js': ytd(
      'tweets',
      Array.from({ length: opts.posts ?? 3 }, (_, i) => ({
        tweet: {
          id_str: String(1000 + i),
          created_at: 'Sat Nov 09 12:14:18 +0000 2024',
          full_text: `Post ${i} #careers`,
          entities: { hashtags: [{ text: 'careers' }] },
        },
      })),
    ),
    'data/following.js': ytd('following', [
      { following: { accountId: '7' } },
      { following: { accountId: '8' } },
    ]),
    'data/follower.js': ytd('follower', [{ follower: { accountId: '9' } }]),
    ...opts.extra,
  };
  const z = new yazl.ZipFile();
  for (const [name, body] of Object.entries(files)) z.addBuffer(Buffer.from(body), name);
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
}
