/**
 * Cross-cutting wiring: the database (app role, tenant transactions), GraphQL (Apollo, limits,
 * one error formatter), the default-deny guard, the userErrors interceptor, validation, health.
 */
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module, type OnModuleInit } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AuditRecorder } from './audit/audit-recorder.js';
import { AccessGuard } from './auth/access.guard.js';
import { DatabaseService } from './database/database.service.js';
import { assertRoleCannotBypassRls } from './database/role-check.js';
import { HttpErrorFilter } from './http-error.filter.js';
import {
  createErrorFormatter,
  readSessionPlugin,
  requestIdPlugin,
} from './graphql/format-error.js';
import { ApiGate } from './graphql/api-gate.js';
import { createLimits } from './graphql/limits.js';
import { LoaderRegistry } from './graphql/loaders.js';
import { NodeRegistry } from './graphql/node.js';
import { NodeResolver } from './graphql/node.resolver.js';
import { UserErrorInterceptor } from './graphql/user-error.js';
import { createValidationPipe } from './graphql/validation.pipe.js';
import { ConsoleController } from './console/console.controller.js';
import { HealthController, Lifecycle } from './health/health.controller.js';
import { LOGGER } from './logging/logger.js';
import { X_RUNTIME, type XRuntime } from './x/x-runtime.js';
import { Keyring, SecretBox } from '@libs/secrets';

export interface PlatformOptions {
  config: AppConfig;
  appDatabaseUrl: string;
  logger: Logger;
  x: XRuntime;
}

@Global()
@Module({})
export class PlatformModule implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly db: DatabaseService,
    private readonly audit: AuditRecorder,
    private readonly gate: ApiGate,
  ) {}

  static forRoot(opts: PlatformOptions): DynamicModule {
    const { config, logger } = opts;
    const gate = new ApiGate(config, logger);
    const limits = createLimits(config, gate);
    const audit = new AuditRecorder(logger);
    const production = config.env === 'production';
    return {
      module: PlatformModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: opts.appDatabaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          logging: false,
          poolSize: config.database.poolSize,
          extra: { application_name: `perch-${config.role}` },
          // Fail fast at boot instead of retrying for half a minute.
          retryAttempts: 1,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: !production,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          plugins: [
            production
              ? ApolloServerPluginLandingPageDisabled()
              : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
            // We set no cache hints; the default plugin would still hook every field.
            ApolloServerPluginCacheControlDisabled(),
            requestIdPlugin,
            readSessionPlugin,
            audit.plugin(),
            ...limits.plugins,
          ],
          validationRules: limits.validationRules,
          formatError: createErrorFormatter(logger),
          context: (a: { req?: unknown; res?: unknown }, b?: unknown) => ({
            req: a.req ?? a,
            res: a.res ?? b,
            loaders: new LoaderRegistry(),
          }),
          buildSchemaOptions: { dateScalarMode: 'isoDate' },
        }),
      ],
      controllers: [HealthController, ConsoleController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: X_RUNTIME, useValue: opts.x },
        { provide: AuditRecorder, useValue: audit },
        { provide: ApiGate, useValue: gate },
        { provide: SecretBox, useValue: new SecretBox(Keyring.parse(config.secrets.masterKey)) },
        {
          provide: DatabaseService,
          useFactory: (ds: DataSource) => new DatabaseService(ds),
          inject: [DataSource],
        },
        NodeRegistry,
        NodeResolver,
        Lifecycle,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: UserErrorInterceptor },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
      exports: [
        APP_CONFIG,
        LOGGER,
        X_RUNTIME,
        SecretBox,
        DatabaseService,
        NodeRegistry,
        Lifecycle,
        AuditRecorder,
      ],
    };
  }

  async onModuleInit(): Promise<void> {
    await assertRoleCannotBypassRls(this.dataSource);
    this.audit.attach(this.db);
    this.gate.attach(this.db);
  }
}
