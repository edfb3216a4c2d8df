/**
 * The one place that reads process.env. Every variable is declared once here with its type,
 * default, description and whether it is a secret; `.env.example` documents the same list and a
 * test keeps the two in step. Bad values stop boot with a message naming the variable.
 */
import { z } from 'zod';

interface VarSpec<T extends z.ZodType> {
  schema: T;
  description: string;
  secret?: boolean;
}

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A trusted proxy as proxy-addr takes it: an IPv4 or IPv6 address or range, or a range's name. */
const PROXY =
  '(?:loopback|linklocal|uniquelocal|\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?|[0-9a-fA-F]*:[0-9a-fA-F:.]*(?:/\\d{1,3})?)';

function v<T extends z.ZodType>(schema: T, description: string, secret = false): VarSpec<T> {
  return { schema, description, secret };
}

export const CONFIG_VARS = {
  NODE_ENV: v(
    z.enum(['development', 'test', 'production']).default('development'),
    'development | test | production. Production turns off the sandbox, introspection for anonymous callers and the demo seed, and requires real secrets.',
  ),
  PERCH_ROLE: v(
    z.enum(['api', 'worker', 'all']).default('all'),
    'Which process role to run: api (HTTP), worker (background tasks) or all (both in one process).',
  ),
  HOST: v(z.string().min(1).default('127.0.0.1'), 'Interface the HTTP server listens on.'),
  PORT: v(int(0, 65535).default(3000), 'HTTP port of the api role (0 picks a free port).'),
  PUBLIC_URL: v(
    z.url().optional(),
    'Base URL people reach Perch at; printed in the banner. Defaults to http://localhost:PORT.',
  ),
  HTTP_PLATFORM: v(
    z.enum(['express', 'fastify']).default('fastify'),
    'HTTP adapter under Nest: fastify, the measured choice (docs/decisions.md); express stays supported and is benchmarked beside it.',
  ),
  LOG_LEVEL: v(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    'pino log level.',
  ),
  DATABASE_URL: v(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    'PostgreSQL URL of the application role (no superuser, no BYPASSRLS, owns no table). Unset: an embedded PostgreSQL is started under PERCH_DATA_DIR.',
    true,
  ),
  DATABASE_OWNER_URL: v(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    'PostgreSQL URL of the role that owns the schema; when set, migrations run with it at boot. Unset with DATABASE_URL set: migrations are expected to have run (npm run migration:run).',
    true,
  ),
  DATABASE_POOL_SIZE: v(int(1, 200).default(10), 'Connections in the application pool.'),
  PERCH_DATA_DIR: v(
    z.string().min(1).default('./.perch'),
    'Where the embedded PostgreSQL keeps its data and where development secrets are generated.',
  ),
  EMBEDDED_PG_PORT: v(int(1024, 65535).default(54329), 'Port of the embedded PostgreSQL.'),
  JWT_SECRET: v(
    z.string().min(32, 'must be at least 32 characters').optional(),
    'HMAC secret for access tokens. Required in production; generated under PERCH_DATA_DIR otherwise.',
    true,
  ),
  PERCH_MASTER_KEY: v(
    z
      .string()
      .regex(
        /^(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(?:,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*)$/,
        'must be 32 bytes in base64 (44 characters), or kid:key pairs separated by commas, the first encrypting',
      )
      .optional(),
    'Keys for secrets at rest: one 32-byte base64 key, or kid:key pairs (the first encrypts, all decrypt) while rotating; then run npm run secrets:rotate. Required in production; generated under PERCH_DATA_DIR otherwise.',
    true,
  ),
  ACCESS_TOKEN_TTL_SECONDS: v(int(60, 86400).default(900), 'Lifetime of an access token (JWT).'),
  REFRESH_TOKEN_TTL_DAYS: v(int(1, 365).default(30), 'Lifetime of a refresh token family.'),
  INVITATION_TTL_HOURS: v(int(1, 720).default(72), 'How long an invitation token stays valid.'),
  GRAPHQL_MAX_DEPTH: v(int(2, 50).default(10), 'Deepest selection an operation may have.'),
  GRAPHQL_MAX_ALIASES: v(int(1, 200).default(15), 'Most aliases in one operation.'),
  GRAPHQL_MAX_TOKENS: v(int(100, 100000).default(2000), 'Most lexical tokens in one operation.'),
  GRAPHQL_MAX_COST: v(
    int(10, 100000).default(1000),
    'Highest calculated cost of one operation (Shopify model: object 1, connection 2 + first x child, mutation 10).',
  ),
  TRUST_PROXY: v(
    z
      .string()
      .regex(
        new RegExp(`^\\s*${PROXY}(\\s*,\\s*${PROXY})*\\s*$`),
        'comma-separated addresses or CIDR ranges, or loopback, linklocal, uniquelocal',
      )
      .optional(),
    'Addresses or CIDR ranges of the load balancers in front of the api (comma-separated; loopback, linklocal and uniquelocal name the usual ranges). Requests from them are taken to come from the client in X-Forwarded-For (sign-in rate limits per address, the audit). Unset: no header is believed, and behind a proxy every anonymous caller shares one bucket.',
  ),
  HTTP_BODY_LIMIT_BYTES: v(int(1024, 50_000_000).default(1_000_000), 'Largest request body.'),
  X_API_BASE_URL: v(
    z.url().optional(),
    'Origin of the X API. Unset: X itself when X_APP_BEARER_TOKEN is set, otherwise the built-in X simulator.',
  ),
  X_APP_BEARER_TOKEN: v(
    z.string().min(20).optional(),
    "The app's bearer token for public reads. Unset (and X_SIMULATOR=auto): Perch starts its X simulator.",
    true,
  ),
  X_CLIENT_ID: v(z.string().min(1).optional(), "OAuth 2.0 client id of Perch's X app."),
  X_CLIENT_SECRET: v(
    z.string().min(1).optional(),
    "OAuth 2.0 client secret of Perch's X app.",
    true,
  ),
  X_SIMULATOR: v(
    z.enum(['auto', 'off']).default('auto'),
    'auto: run the built-in X simulator when no X credentials are set; off: never (X features then answer INVALID_STATE: X is not configured).',
  ),
  X_TIMEOUT_MS: v(
    int(100, 120_000).default(30_000),
    'Longest one call to X may take, across its wait for the answer; a timeout is retried like a 5xx.',
  ),
  X_PRICES_USD: v(
    z
      .string()
      .regex(
        /^(?:(?:post_read|user_read|list_read|owned_read|post_create|post_delete)=\d+(?:\.\d{1,6})?)(?:,(?:post_read|user_read|list_read|owned_read|post_create|post_delete)=\d+(?:\.\d{1,6})?)*$/,
        'must be kind=price pairs, e.g. post_read=0.005,user_read=0.010',
      )
      .default(
        'post_read=0.005,user_read=0.010,list_read=0.005,owned_read=0.001,post_create=0.015,post_delete=0.010',
      ),
    "What X charges per object read or written, in US dollars (X's pay-per-use prices); the cost meter prices every call with these.",
  ),
  X_DEFAULT_MONTHLY_BUDGET_USD: v(
    z.coerce.number().min(0).max(1_000_000).default(50),
    "A tenant's monthly X budget until an admin sets one; when spent, that tenant's X use pauses.",
  ),
  INGEST_LEASE_SECONDS: v(
    int(2, 3600).default(120),
    'How long a worker holds a source while it polls; a worker that dies is replaced after this.',
  ),
  INGEST_BACKFILL_POSTS: v(
    int(5, 100).default(100),
    'Posts a new source reads on its first poll (X bills every post read, so history is not fetched).',
  ),
  INGEST_PAGE_SIZE: v(
    int(10, 100).default(100),
    'Posts asked of X per page while catching up (X allows 100; fewer pages cost fewer calls, not fewer reads).',
  ),
  INGEST_RETRY_DELAY_SECONDS: v(
    int(0, 600).default(5),
    'First delay before a failed poll is retried (doubling, three retries) before it is dead-lettered and its source marked failed.',
  ),
  INGEST_MAX_PAGES: v(
    int(1, 1000).default(20),
    'Most pages one poll reads; a source further behind continues on its next poll, where it stopped.',
  ),
  INGEST_MAX_RATE_WAIT_SECONDS: v(
    int(0, 960).default(20),
    "Longest a poll sleeps for X's rate window; a longer wait ends the poll and reschedules it at the reset.",
  ),
  CONSOLE_DIR: v(
    z.string().min(1).default('console/dist'),
    'Where the built coach console is (npm start builds it there); served at /.',
  ),
  LINK_CHECK_TIMEOUT_MS: v(
    int(500, 60_000).default(5000),
    'Longest one link check may take, redirects included; a slower site counts as unknown and is tried again later.',
  ),
  LINK_CHECK_CONCURRENCY: v(int(1, 32).default(4), 'Links checked at once by a worker.'),
  LINK_CHECK_BATCH: v(int(1, 1000).default(50), 'Most links a worker checks per tick.'),
  LINK_CHECK_CONNECT_TO: v(
    z
      .string()
      .regex(/^[\w.-]+:\d{1,5}$/, 'must be host:port')
      .optional(),
    "Development and tests only: send every link check to this host:port over plain HTTP, keeping the link's Host (the X simulator serves its world's web this way). Set automatically when the simulator runs; refused in production.",
  ),
  LINK_CHECK_ALLOW_PRIVATE: v(
    z.string().optional(),
    'Tests only: comma-separated addresses (ip or ip:port) a link may point to although private or loopback. Refused in production.',
  ),
  GRAPHQL_SAFELIST: v(
    bool.optional(),
    'Signed-in people (console sessions) may run only the console’s persisted operations; API keys are not limited. Defaults to true in production.',
  ),
  RATE_LIMIT_KEY_CAPACITY: v(
    int(1, 10_000_000).default(2000),
    'Cost points one API key or signed-in person may spend at once (a leaky bucket); at least GRAPHQL_MAX_COST.',
  ),
  RATE_LIMIT_KEY_RESTORE: v(
    int(1, 10_000_000).default(100),
    'Cost points per second that drain from each key or person’s bucket.',
  ),
  RATE_LIMIT_TENANT_CAPACITY: v(
    int(1, 10_000_000).default(10_000),
    'Cost points a whole organization may spend at once, all its keys and people together.',
  ),
  RATE_LIMIT_TENANT_RESTORE: v(
    int(1, 10_000_000).default(500),
    'Cost points per second that drain from each organization’s bucket.',
  ),
  RATE_LIMIT_ANONYMOUS_CAPACITY: v(
    int(1, 10_000_000).default(200),
    'Cost points a client address without credentials (sign-in) may spend at once.',
  ),
  RATE_LIMIT_ANONYMOUS_RESTORE: v(
    int(1, 10_000_000).default(10),
    'Cost points per second that drain from each client address’s bucket.',
  ),
  WEBHOOK_TIMEOUT_MS: v(
    int(500, 30_000).default(10_000),
    'Longest a webhook receiver may take to answer; slower counts as a failed attempt.',
  ),
  WEBHOOK_MAX_ATTEMPTS: v(
    int(1, 30).default(13),
    'Attempts per delivery before it is given up (with the default backoff, about 27 hours).',
  ),
  WEBHOOK_RETRY_BASE_SECONDS: v(
    int(0, 3600).default(30),
    'Wait before the first retry; each later wait doubles (with jitter), capped at 6 hours.',
  ),
  WEBHOOK_DISABLE_AFTER: v(
    int(1, 1000).default(20),
    'Failed attempts in a row after which an endpoint is disabled (a success resets the count).',
  ),
  WEBHOOK_ALLOW_PRIVATE: v(
    z.string().optional(),
    'Tests only: comma-separated addresses (ip or ip:port) a webhook may target although private or loopback. Refused in production.',
  ),
  DEMO_SEED: v(
    bool.optional(),
    'Seed the demo tenant on first start. Defaults to true only on the embedded database (DATABASE_URL unset) outside production.',
  ),
} as const;

type Vars = typeof CONFIG_VARS;
export type RawConfig = { [K in keyof Vars]: z.output<Vars[K]['schema']> };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

/** Parses an environment record; throws ConfigError naming every bad variable. */
export function parseEnv(env: Record<string, string | undefined>): RawConfig {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(CONFIG_VARS)) {
    const raw = env[name];
    const value = raw === '' ? undefined : raw;
    const parsed = spec.schema.safeParse(value);
    if (parsed.success) out[name] = parsed.data;
    else {
      const shown = spec.secret || value === undefined ? '' : ` (got "${value}")`;
      problems.push(`${name}: ${parsed.error.issues.map((i) => i.message).join('; ')}${shown}`);
    }
  }
  const cfg = out as RawConfig;
  if (cfg.NODE_ENV === 'production') {
    if (!cfg.JWT_SECRET) problems.push('JWT_SECRET: required in production');
    if (!cfg.PERCH_MASTER_KEY) problems.push('PERCH_MASTER_KEY: required in production');
    if (!cfg.DATABASE_URL) problems.push('DATABASE_URL: required in production');
    // Both would let a link reach addresses the SSRF guard keeps out.
    if (cfg.LINK_CHECK_CONNECT_TO)
      problems.push('LINK_CHECK_CONNECT_TO: not allowed in production');
    if (cfg.LINK_CHECK_ALLOW_PRIVATE)
      problems.push('LINK_CHECK_ALLOW_PRIVATE: not allowed in production');
    if (cfg.WEBHOOK_ALLOW_PRIVATE)
      problems.push('WEBHOOK_ALLOW_PRIVATE: not allowed in production');
  }
  if (cfg.DATABASE_OWNER_URL && !cfg.DATABASE_URL) {
    problems.push('DATABASE_OWNER_URL: set only together with DATABASE_URL');
  }
  if (problems.length) throw new ConfigError(problems);
  return cfg;
}

export function readProcessEnv(): Record<string, string | undefined> {
  return process.env;
}
