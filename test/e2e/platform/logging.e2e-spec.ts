/**
 * Logs carry a request id and the tenant, and never a credential: passwords, access and refresh
 * tokens and API keys used in real requests appear nowhere in what was logged.
 */
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { login, newTenant, PASSWORD } from '../../helpers/factories.js';

const lines: string[] = [];
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: 'info' }, { logLines: lines });
});
afterAll(() => t.close());

describe('request logs', () => {
  it('record request id and tenant without any credential', async () => {
    const tenant = await newTenant(t);
    const session = await login(t, tenant.ownerEmail);
    const key = (
      await t.gql(
        `mutation { createApiKey(input: { name: "log probe", scopes: [READ] }) { token } }`,
        {},
        session.accessToken,
      )
    ).data.createApiKey.token as string;
    await t.gql(`{ seekers(first: 1) { nodes { id } } }`, {}, key);
    await t.gql(
      `mutation($i: RefreshSessionInput!) { refreshSession(input: $i) { session { accessToken } } }`,
      {
        i: { refreshToken: session.refreshToken },
      },
    );
    await t.gql(
      `mutation { login(input: { email: "${tenant.ownerEmail}", password: "wrong password!" }) { session { accessToken } } }`,
    );
    const text = lines.join('');
    for (const secret of [
      PASSWORD,
      'wrong password!',
      session.accessToken,
      session.refreshToken,
      key,
    ]) {
      expect(text).not.toContain(secret);
    }
    const requests = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'request completed');
    expect(requests.length).toBeGreaterThanOrEqual(4);
    for (const r of requests) expect(r.reqId).toEqual(expect.any(String));
    expect(requests.some((r) => r.tenantId === tenant.tenantId)).toBe(true);
  });
});
