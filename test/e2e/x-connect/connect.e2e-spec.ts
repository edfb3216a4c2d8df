/**
 * A seeker connects their X account through OAuth 2.0 with PKCE against the X simulator Perch
 * starts when no X credentials are set: consent first, a single-use state bound to the tenant,
 * tokens stored only encrypted, refreshed and rotated near expiry, revoked on disconnect.
 */
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { Keyring, SecretBox } from '@libs/secrets';
import { rotateXTokens } from '../../../src/modules/x-connect/x-connect.rotation.js';
import { DatabaseService } from '../../../src/platform/database/database.service.js';
import { XConnectService } from '../../../src/modules/x-connect/x-connect.service.js';
import { systemScope } from '../../../src/platform/database/context.js';
import { parseGlobalId } from '../../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';

let t: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  t = await startTestApp({ X_SIMULATOR: 'auto' });
  tenant = await newTenant(t);
}, 30_000);
afterAll(() => t.close());

const LINK = `mutation($i: CreateXConnectLinkInput!) { createXConnectLink(input: $i) { url expiresAt userErrors { code message } } }`;
const CONSENT = `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { consent { id } } }`;
const SEEKER = `query($id: ID!) { seeker(id: $id) { xConnection { username scopes } } }`;

async function authorize(url: string, simUserId: string) {
  const res = await fetch(`${url}&sim_user=${simUserId}`, { redirect: 'manual' });
  expect(res.status).toBe(302);
  const back = new URL(res.headers.get('location')!);
  return { state: back.searchParams.get('state')!, code: back.searchParams.get('code')! };
}

/** Any account of the simulator's demo world can sign in there; find one through search. */
async function simAccountId(): Promise<string> {
  const q = encodeURIComponent('hiring OR team OR data OR product OR learning');
  const search = await fetch(
    `${t.perch.x.simulatorUrl}/2/tweets/search/recent?query=${q}&max_results=10&tweet.fields=author_id`,
    {
      headers: { authorization: `Bearer ${t.perch.x.appBearerToken}` },
    },
  );
  const body = (await search.json()) as { data?: { author_id?: string }[] };
  const author = body.data?.find((p) => p.author_id)?.author_id;
  if (!author)
    throw new Error(`no account found in the simulator: ${JSON.stringify(body).slice(0, 200)}`);
  return author;
}

describe('X connect', () => {
  it('needs the seeker’s consent before making a link', async () => {
    const seeker = await newSeeker(t, tenant.ownerToken);
    const res = await t.gql(LINK, { i: { seekerId: seeker.id } }, tenant.ownerToken);
    expect(res.data.createXConnectLink.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('connects, keeps tokens only encrypted, refreshes with rotation, meters and disconnects', async () => {
    const seeker = await newSeeker(t, tenant.ownerToken);
    const seekerUuid = parseGlobalId(seeker.id)!.uuid;
    await t.gql(CONSENT, { i: { seekerId: seeker.id, kind: 'READ_X_DATA' } }, tenant.ownerToken);
    const link = (await t.gql(LINK, { i: { seekerId: seeker.id } }, tenant.ownerToken)).data
      .createXConnectLink;
    expect(link.url.startsWith(t.perch.x.simulatorUrl!)).toBe(true);

    const xUser = await simAccountId();
    const { state, code } = await authorize(link.url, xUser);
    const cb = await request(t.http).get('/auth/x/callback').query({ state, code });
    expect(cb.status).toBe(200);
    expect(cb.body.connected).toBe(true);
    const username = cb.body.username as string;

    const shown = await t.gql(SEEKER, { id: seeker.id }, tenant.ownerToken);
    expect(shown.data.seeker.xConnection).toMatchObject({ username });
    expect(shown.data.seeker.xConnection.scopes).toContain('offline.access');

    // Replaying the callback is refused: the state is single use.
    const replay = await request(t.http).get('/auth/x/callback').query({ state, code });
    expect([replay.status, replay.body.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);

    const stored = await withClient(
      t.db.ownerUrl,
      async (c) => (await c.query(`select * from x_connections`)).rows[0],
    );
    expect(stored.access_token_enc).toMatch(/^v1\.k1\./);
    expect(stored.refresh_token_enc).toMatch(/^v1\.k1\./);

    const service = t.perch.app.get(XConnectService);
    const ctx = systemScope(tenant.tenantId, 'test');
    expect((await (await service.userClient(ctx, seekerUuid)).me()).username).toBe(username);

    // Near expiry, the next use refreshes: new ciphertexts, and X rotated the refresh token.
    await withClient(t.db.ownerUrl, (c) => c.query(`update x_connections set expires_at = now()`));
    expect((await (await service.userClient(ctx, seekerUuid)).me()).username).toBe(username);
    const after = await withClient(
      t.db.ownerUrl,
      async (c) => (await c.query(`select * from x_connections`)).rows[0],
    );
    expect(after.refresh_token_enc).not.toBe(stored.refresh_token_enc);
    expect(after.expires_at.getTime()).toBeGreaterThan(Date.now() + 60 * 60_000);

    // A ciphertext moved to another tenant's row would not decrypt (bound to tenant and row).
    const disconnected = await t.gql(
      `mutation($i: DisconnectXInput!) { disconnectX(input: $i) { seeker { xConnection { username } } } }`,
      { i: { seekerId: seeker.id } },
      tenant.ownerToken,
    );
    expect(disconnected.data.disconnectX.seeker.xConnection).toBeNull();
    // The calls made for the seeker were metered to the tenant under "connect".
    const spend = await t.gql(`{ xSpend { byCapability { capability } } }`, {}, tenant.ownerToken);
    expect(spend.data.xSpend.byCapability).toContainEqual({ capability: 'connect' });
    expect(
      await withClient(
        t.db.ownerUrl,
        async (c) => (await c.query(`select count(*)::int as n from x_connections`)).rows[0].n,
      ),
    ).toBe(0);
  });

  it('re-encrypts tokens under a new primary key, after which the old key can go', async () => {
    const seeker = await newSeeker(t, tenant.ownerToken);
    await t.gql(CONSENT, { i: { seekerId: seeker.id, kind: 'READ_X_DATA' } }, tenant.ownerToken);
    const link = (await t.gql(LINK, { i: { seekerId: seeker.id } }, tenant.ownerToken)).data
      .createXConnectLink;
    const { state, code } = await authorize(link.url, await simAccountId());
    expect((await request(t.http).get('/auth/x/callback').query({ state, code })).status).toBe(200);

    const oldKey = Buffer.from(t.perch.config.secrets.masterKey, 'base64');
    const newKey = randomBytes(32);
    const rotating = new SecretBox(new Keyring('k2', { k2: newKey, k1: oldKey }));
    const db = t.perch.app.get(DatabaseService);
    const first = await rotateXTokens(db, rotating, [tenant.tenantId]);
    expect(first.values).toBeGreaterThan(0);
    expect((await rotateXTokens(db, rotating, [tenant.tenantId])).values).toBe(0);
    const rows = await withClient(
      t.db.ownerUrl,
      async (c) =>
        (await c.query(`select * from x_connections where tenant_id = $1`, [tenant.tenantId])).rows,
    );
    const onlyNew = new SecretBox(new Keyring('k2', { k2: newKey }));
    for (const r of rows) {
      expect(SecretBox.keyId(r.access_token_enc)).toBe('k2');
      expect(() =>
        onlyNew.decrypt(r.access_token_enc, {
          tenantId: tenant.tenantId,
          table: 'x_connections',
          column: 'access_token_enc',
          rowId: r.id,
        }),
      ).not.toThrow();
      // Bound to its row: the same ciphertext under another row id does not decrypt.
      expect(() =>
        onlyNew.decrypt(r.access_token_enc, {
          tenantId: tenant.tenantId,
          table: 'x_connections',
          column: 'access_token_enc',
          rowId: seeker.id,
        }),
      ).toThrow();
    }
  });

  it('refuses a forged or expired state', async () => {
    const forged = await request(t.http)
      .get('/auth/x/callback')
      .query({ state: 'perch_xst_nope', code: 'x' });
    expect(forged.status).toBe(404);
    const missing = await request(t.http).get('/auth/x/callback');
    expect([missing.status, missing.body.errors[0].extensions.code]).toEqual([
      400,
      'BAD_USER_INPUT',
    ]);
  });
});
