/**
 * Where Perch's X is: X itself when credentials are configured, otherwise (X_SIMULATOR=auto) the
 * built-in simulator started in this process. Only this file knows the simulator exists; the rest
 * sees a base URL and credentials, as with X.
 */
import type { AppConfig } from '../../config/app-config.js';
import { DEMO_X_PERSONA } from '../../seed/demo-persona.js';

export const X_RUNTIME = Symbol('X_RUNTIME');

export interface XRuntime {
  /** Unset: X itself. */
  baseUrl: string | undefined;
  appBearerToken: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
  /** Where X sends people back after they authorize Perch. */
  redirectUri: string;
  /** Set when Perch runs its simulator. */
  simulatorUrl: string | undefined;
  close(): Promise<void>;
}

export async function startXRuntime(config: AppConfig): Promise<XRuntime> {
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  const redirectUri = `${base.replace(/\/+$/, '')}/auth/x/callback`;
  const x = config.x;
  if (x.appBearerToken || x.simulator === 'off') {
    return {
      baseUrl: x.baseUrl,
      appBearerToken: x.appBearerToken,
      clientId: x.clientId,
      clientSecret: x.clientSecret,
      redirectUri,
      simulatorUrl: undefined,
      close: () => Promise.resolve(),
    };
  }
  const { startXSimulator } = await import('@libs/x-simulator');
  const clientId = 'perch-sim-client';
  const clientSecret = 'perch-sim-secret';
  const sim = await startXSimulator({
    // Real time: token lifetimes and rate-limit resets must agree with Perch's own clock. The
    // world runs two days ahead and hides posts "from the future", so new posts keep appearing
    // as the day goes on, as on X — among them the world's freshest planted burst, today.
    clock: Date.now,
    world: {
      now: Date.now() + 2 * 24 * 3600_000,
      // The demo's seeker connects her own account (the simulator's first seeker approves).
      ...(config.demoSeed ? { seekerPersonas: [{ ...DEMO_X_PERSONA }] } : {}),
    },
    clients: [
      {
        clientId,
        clientSecret,
        redirectUris: [redirectUri, redirectUri.replace('//localhost', '//127.0.0.1')],
      },
    ],
  });
  return {
    baseUrl: sim.url,
    appBearerToken: sim.appBearerToken,
    clientId,
    clientSecret,
    redirectUri,
    simulatorUrl: sim.url,
    close: () => sim.close(),
  };
}
