/**
 * A real Perch (same bootstrap as `npm start`) on its own test database, driven through HTTP with
 * supertest. Nothing of ours is mocked.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import { loadConfig } from '../../src/config/app-config.js';
import { createPerch, type Perch } from '../../src/bootstrap.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  perch: Perch;
  db: TestDatabase;
  http: Server;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; [k: string]: unknown };
  }[];
  extensions?: Record<string, unknown>;
  body: any;
}

export const TEST_JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';

export async function startTestApp(
  env: Record<string, string> = {},
  opts: { logLines?: string[] } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    DATABASE_POOL_SIZE: '5',
    JWT_SECRET: TEST_JWT_SECRET,
    PERCH_MASTER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DEMO_SEED: 'false',
    PERCH_ROLE: 'api',
    X_SIMULATOR: 'off',
    // Suites fire hundreds of operations a second from one caller; the rate-limit suite sets
    // small buckets of its own.
    RATE_LIMIT_KEY_CAPACITY: '10000000',
    RATE_LIMIT_KEY_RESTORE: '10000000',
    RATE_LIMIT_TENANT_CAPACITY: '10000000',
    RATE_LIMIT_TENANT_RESTORE: '10000000',
    RATE_LIMIT_ANONYMOUS_CAPACITY: '10000000',
    RATE_LIMIT_ANONYMOUS_RESTORE: '10000000',
    ...env,
  });
  const lines = opts.logLines;
  const perch = await createPerch(config, {
    logDestination: lines ? { write: (line: string) => void lines.push(line) } : undefined,
  });
  const http = perch.app.getHttpServer() as Server;
  return {
    perch,
    db,
    http,
    async gql(query, variables, token) {
      let req = request(http).post('/graphql').set('content-type', 'application/json');
      if (token) req = req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      const body = res.body ?? {};
      return {
        status: res.status,
        data: body.data ?? null,
        errors: body.errors,
        extensions: body.extensions,
        body,
      };
    },
    close: () => perch.close(),
  };
}
