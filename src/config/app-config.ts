/**
 * The typed configuration the rest of the code sees. Secrets that production must supply are
 * generated once per machine for development and kept under PERCH_DATA_DIR (mode 0600), so
 * `npm start` needs no set-up and restarts keep sessions and encrypted data readable.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { XUsageKind } from '@libs/x-client';
import { parseEnv, readProcessEnv, type RawConfig } from './config.js';

export interface AppConfig {
  env: RawConfig['NODE_ENV'];
  role: RawConfig['PERCH_ROLE'];
  host: string;
  port: number;
  publicUrl: string | undefined;
  consoleDir: string;
  httpPlatform: RawConfig['HTTP_PLATFORM'];
  logLevel: RawConfig['LOG_LEVEL'];
  database: {
    url: string | undefined;
    ownerUrl: string | undefined;
    poolSize: number;
    embeddedPort: number;
  };
  dataDir: string;
  secrets: DevSecrets;
  tokens: { accessTtlSeconds: number; refreshTtlDays: number; invitationTtlHours: number };
  graphql: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    /** Sessions of people may run only the console's persisted operations. */
    safelist: boolean;
  };
  bodyLimitBytes: number;
  /** Proxies in front of the api whose X-Forwarded-For is believed (empty: none). */
  trustProxy: string[];
  demoSeed: boolean;
  x: {
    baseUrl: string | undefined;
    appBearerToken: string | undefined;
    clientId: string | undefined;
    clientSecret: string | undefined;
    simulator: 'auto' | 'off';
    timeoutMs: number;
    /** Micro-dollars per object, by usage kind. */
    pricesMicros: Record<XUsageKind, number>;
    defaultMonthlyBudgetMicros: number;
  };
  links: {
    timeoutMs: number;
    concurrency: number;
    batch: number;
    /** host:port every link check is sent to (development and tests: the simulator's web). */
    connectTo: string | undefined;
    /** Private addresses links may reach (tests only). */
    allowPrivate: string[];
  };
  rateLimits: {
    key: { capacity: number; restore: number };
    tenant: { capacity: number; restore: number };
    anonymous: { capacity: number; restore: number };
  };
  webhooks: {
    timeoutMs: number;
    maxAttempts: number;
    retryBaseSeconds: number;
    disableAfter: number;
    /** Private addresses webhooks may reach (tests only). */
    allowPrivate: string[];
  };
  ingest: {
    leaseSeconds: number;
    backfillPosts: number;
    pageSize: number;
    maxPages: number;
    maxRateWaitMs: number;
    retryDelaySeconds: number;
  };
}

function parsePrices(spec: string): Record<XUsageKind, number> {
  const prices: Record<XUsageKind, number> = {
    post_read: 0,
    user_read: 0,
    list_read: 0,
    owned_read: 0,
    post_create: 0,
    post_delete: 0,
  };
  for (const pair of spec.split(',')) {
    const [kind, usd] = pair.split('=') as [XUsageKind, string];
    prices[kind] = Math.round(Number(usd) * 1_000_000);
  }
  return prices;
}

export interface DevSecrets {
  jwtSecret: string;
  masterKey: string;
  /** Only for the embedded PostgreSQL. */
  pgSuperPassword: string;
  pgAppPassword: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function loadConfig(env: Record<string, string | undefined> = readProcessEnv()): AppConfig {
  const raw = parseEnv(env);
  const dataDir = resolve(raw.PERCH_DATA_DIR);
  const generated =
    raw.JWT_SECRET && raw.PERCH_MASTER_KEY && raw.DATABASE_URL ? null : devSecrets(dataDir);
  return {
    env: raw.NODE_ENV,
    role: raw.PERCH_ROLE,
    host: raw.HOST,
    port: raw.PORT,
    publicUrl: raw.PUBLIC_URL,
    consoleDir: raw.CONSOLE_DIR,
    httpPlatform: raw.HTTP_PLATFORM,
    logLevel: raw.LOG_LEVEL,
    database: {
      url: raw.DATABASE_URL,
      ownerUrl: raw.DATABASE_OWNER_URL,
      poolSize: raw.DATABASE_POOL_SIZE,
      embeddedPort: raw.EMBEDDED_PG_PORT,
    },
    dataDir,
    secrets: {
      jwtSecret: raw.JWT_SECRET ?? generated!.jwtSecret,
      masterKey: raw.PERCH_MASTER_KEY ?? generated!.masterKey,
      pgSuperPassword: generated?.pgSuperPassword ?? '',
      pgAppPassword: generated?.pgAppPassword ?? '',
    },
    tokens: {
      accessTtlSeconds: raw.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlDays: raw.REFRESH_TOKEN_TTL_DAYS,
      invitationTtlHours: raw.INVITATION_TTL_HOURS,
    },
    graphql: {
      maxDepth: raw.GRAPHQL_MAX_DEPTH,
      maxAliases: raw.GRAPHQL_MAX_ALIASES,
      maxTokens: raw.GRAPHQL_MAX_TOKENS,
      maxCost: raw.GRAPHQL_MAX_COST,
      safelist: raw.GRAPHQL_SAFELIST ?? raw.NODE_ENV === 'production',
    },
    bodyLimitBytes: raw.HTTP_BODY_LIMIT_BYTES,
    trustProxy: (raw.TRUST_PROXY ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    // Known demo passwords belong only on the embedded development database.
    demoSeed: raw.DEMO_SEED ?? (raw.NODE_ENV !== 'production' && !raw.DATABASE_URL),
    x: {
      baseUrl: raw.X_API_BASE_URL,
      appBearerToken: raw.X_APP_BEARER_TOKEN,
      clientId: raw.X_CLIENT_ID,
      clientSecret: raw.X_CLIENT_SECRET,
      simulator: raw.X_SIMULATOR,
      timeoutMs: raw.X_TIMEOUT_MS,
      pricesMicros: parsePrices(raw.X_PRICES_USD),
      defaultMonthlyBudgetMicros: Math.round(raw.X_DEFAULT_MONTHLY_BUDGET_USD * 1_000_000),
    },
    links: {
      timeoutMs: raw.LINK_CHECK_TIMEOUT_MS,
      concurrency: raw.LINK_CHECK_CONCURRENCY,
      batch: raw.LINK_CHECK_BATCH,
      connectTo: raw.LINK_CHECK_CONNECT_TO,
      allowPrivate: (raw.LINK_CHECK_ALLOW_PRIVATE ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
    rateLimits: {
      key: { capacity: raw.RATE_LIMIT_KEY_CAPACITY, restore: raw.RATE_LIMIT_KEY_RESTORE },
      tenant: { capacity: raw.RATE_LIMIT_TENANT_CAPACITY, restore: raw.RATE_LIMIT_TENANT_RESTORE },
      anonymous: {
        capacity: raw.RATE_LIMIT_ANONYMOUS_CAPACITY,
        restore: raw.RATE_LIMIT_ANONYMOUS_RESTORE,
      },
    },
    webhooks: {
      timeoutMs: raw.WEBHOOK_TIMEOUT_MS,
      maxAttempts: raw.WEBHOOK_MAX_ATTEMPTS,
      retryBaseSeconds: raw.WEBHOOK_RETRY_BASE_SECONDS,
      disableAfter: raw.WEBHOOK_DISABLE_AFTER,
      allowPrivate: (raw.WEBHOOK_ALLOW_PRIVATE ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
    ingest: {
      leaseSeconds: raw.INGEST_LEASE_SECONDS,
      backfillPosts: raw.INGEST_BACKFILL_POSTS,
      maxPages: raw.INGEST_MAX_PAGES,
      pageSize: raw.INGEST_PAGE_SIZE,
      retryDelaySeconds: raw.INGEST_RETRY_DELAY_SECONDS,
      maxRateWaitMs: raw.INGEST_MAX_RATE_WAIT_SECONDS * 1000,
    },
  };
}

function devSecrets(dataDir: string): DevSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  const secrets: DevSecrets = {
    jwtSecret: randomBytes(48).toString('base64url'),
    masterKey: randomBytes(32).toString('base64'),
    pgSuperPassword: randomBytes(24).toString('base64url'),
    pgAppPassword: randomBytes(24).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
