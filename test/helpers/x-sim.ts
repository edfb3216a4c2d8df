import { startXSimulator, type XSimulator } from '@libs/x-simulator';
import { XConnectService } from '../../src/modules/x-connect/x-connect.service.js';
import { systemScope, type TenantId } from '../../src/platform/database/context.js';
import { startTestApp, type TestApp } from './app.js';

const DAY = 86_400_000;
const CLIENT = { clientId: 'perch-test', clientSecret: 'perch-test-secret' };
const PUBLIC_URL = 'http://localhost:3000';

/**
 * A simulator whose world runs two days ahead of the real clock (its freshest planted posts fall
 * today), with an OAuth client for seekers to connect, and Perch pointed at it.
 */
export async function startAppOnSimulator(
  seed: number,
  env: Record<string, string> = {},
): Promise<{ sim: XSimulator; t: TestApp }> {
  const sim = await startXSimulator({
    seed,
    clock: Date.now,
    world: { now: Date.now() + 2 * DAY },
    clients: [{ ...CLIENT, redirectUris: [`${PUBLIC_URL}/auth/x/callback`] }],
  });
  const t = await startTestApp({
    X_API_BASE_URL: sim.url,
    X_APP_BEARER_TOKEN: sim.appBearerToken,
    X_CLIENT_ID: CLIENT.clientId,
    X_CLIENT_SECRET: CLIENT.clientSecret,
    PUBLIC_URL,
    X_DEFAULT_MONTHLY_BUDGET_USD: '1000',
    // Links are checked against the simulator's web, as the built-in simulator does.
    LINK_CHECK_CONNECT_TO: new URL(sim.url).host,
    ...env,
  });
  return { sim, t };
}

/**
 * Connects a seeker to a simulator account through the real OAuth flow: the connect link, the
 * simulator's authorize page (approving as `simUserId` at once) and the callback's code exchange.
 */
export async function connectSeeker(
  t: TestApp,
  tenantId: TenantId,
  seekerUuid: string,
  simUserId: string,
): Promise<void> {
  const x = t.perch.app.get(XConnectService);
  const link = await x.createLink(systemScope(tenantId, 'test'), seekerUuid);
  const back = await fetch(`${link.url}&sim_user=${simUserId}`, { redirect: 'manual' });
  const to = new URL(back.headers.get('location')!);
  await x.complete(to.searchParams.get('state')!, to.searchParams.get('code')!);
}
