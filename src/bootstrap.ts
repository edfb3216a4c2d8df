/**
 * Builds a running Perch from configuration: database ready (embedded or given), Nest app on the
 * chosen HTTP platform, demo tenant seeded. main.ts, the tests and the benchmark all start Perch
 * through here, so they run the same code.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import express, { type ErrorRequestHandler } from 'express';
import type { FastifyInstance } from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { provisionDatabase, type DatabaseTargets } from './platform/database/provision.js';
import { startXRuntime, type XRuntime } from './platform/x/x-runtime.js';
import type { RequestWithPerch } from './platform/auth/request.js';
import { createLogger, httpLogger, NestPinoLogger, requestId } from './platform/logging/logger.js';
import { seedDemo, type DemoLogins } from './seed/demo-seed.js';

export interface Perch {
  app: INestApplication;
  config: AppConfig;
  logger: Logger;
  database: DatabaseTargets;
  demo: DemoLogins | null;
  x: XRuntime;
  close(): Promise<void>;
}

export async function createPerch(
  config: AppConfig,
  opts: { logDestination?: DestinationStream } = {},
): Promise<Perch> {
  const logger = createLogger(config.logLevel, opts.logDestination);
  const database = await provisionDatabase(config, (line) => logger.warn(line));
  let app: INestApplication;
  let x: XRuntime | undefined;
  try {
    x = await startXRuntime(config);
    app = await createNestApp(config, logger, database.appUrl, x);
  } catch (err) {
    await x?.close();
    await database.embedded?.stop();
    throw err;
  }
  const xRuntime = x;
  // The api (or all-in-one) process seeds; a worker started beside it must not race it.
  const demo = config.demoSeed && config.role !== 'worker' ? await seedDemo(app) : null;
  return {
    app,
    config,
    logger,
    database,
    demo,
    x: xRuntime,
    async close() {
      await app.close();
      await xRuntime.close();
      await database.embedded?.stop();
    },
  };
}

async function createNestApp(
  config: AppConfig,
  logger: Logger,
  appUrl: string,
  x: XRuntime,
): Promise<INestApplication> {
  const module = AppModule.forRoot({ config, appDatabaseUrl: appUrl, logger, x });
  const nestLogger = new NestPinoLogger(logger);
  if (config.httpPlatform === 'fastify') {
    const adapter = new FastifyAdapter({
      bodyLimit: config.bodyLimitBytes,
      genReqId: requestId,
      logger: false,
      trustProxy: config.trustProxy.length ? config.trustProxy : false,
      // Calendar feed addresses carry a token of about 110 characters in the path.
      routerOptions: { maxParamLength: 200 },
    });
    const fastify = adapter.getInstance<FastifyInstance>();
    configureFastify(fastify, logger);
    const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
      logger: nestLogger,
      bufferLogs: true,
      abortOnError: false,
    });
    await app.init();
    // supertest and listen() both need the routes registered, which ready() guarantees.
    await fastify.ready();
    return app;
  }
  const server = express();
  server.disable('x-powered-by');
  if (config.trustProxy.length) server.set('trust proxy', config.trustProxy);
  server.use(httpLogger(logger));
  server.use(express.json({ limit: config.bodyLimitBytes }));
  server.use(express.urlencoded({ extended: false, limit: config.bodyLimitBytes }));
  server.use(express.text({ type: 'application/scim+json', limit: config.bodyLimitBytes }));
  const app = await NestFactory.create<NestExpressApplication>(module, new ExpressAdapter(server), {
    logger: nestLogger,
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  // Body-parser failures (too large, malformed JSON) answer as JSON errors, never an HTML page.
  const bodyErrors: ErrorRequestHandler = (
    err: { status?: number; type?: string },
    _req,
    res,
    next,
  ) => {
    if (!err.status || err.status >= 500) return next(err);
    const code = err.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    const message =
      err.status === 413
        ? `The request body is larger than ${config.bodyLimitBytes} bytes.`
        : 'The request body is not valid JSON.';
    res.status(err.status).json({ errors: [{ message, extensions: { code } }] });
  };
  server.use(bodyErrors);
  await app.init();
  return app;
}

/**
 * Request logs with the request id and tenant (never credentials). Transport errors (body too
 * large, malformed JSON) reach Nest as HttpExceptions and the HTTP error filter shapes them.
 */
function configureFastify(fastify: FastifyInstance, logger: Logger): void {
  // Archive uploads stay unread streams: the controller streams them to disk under its own cap.
  fastify.addContentTypeParser(
    ['application/zip', 'application/octet-stream', 'text/csv'],
    (_req, _payload, done) => done(null),
  );
  // SCIM bodies come as text; the SCIM controller parses them so bad JSON gets a SCIM error.
  fastify.addContentTypeParser('application/scim+json', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );
  fastify.addHook('onRequest', (req, reply, done) => {
    void reply.header('x-request-id', req.id);
    done();
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    if (!req.url.startsWith('/health')) {
      logger.info(
        {
          reqId: req.id,
          method: req.method,
          url: req.url,
          statusCode: reply.statusCode,
          responseTimeMs: Math.round(reply.elapsedTime),
          tenantId: (req as unknown as RequestWithPerch).perch?.tenantId,
        },
        'request completed',
      );
    }
    done();
  });
}
