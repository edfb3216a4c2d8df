/**
 * SCIM 2.0 endpoints for directory provisioning. Not GraphQL, so it authenticates itself: the
 * bearer must be a tenant's SCIM token (`perch_scim_…`), which fixes the tenant for the request.
 * Every answer, errors included, is `application/scim+json` in the RFC 7644 shapes.
 */
import {
  All,
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  Inject,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Public } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { fromGlobalId, toGlobalId } from '../../platform/graphql/global-id.js';
import type { RosterSeekerRow } from './roster.repository.js';
import { SCIM_MAX_PAGE, ScimService } from './scim.service.js';
import {
  ENTERPRISE_SCHEMA,
  LIST_SCHEMA,
  SCIM_CONTENT_TYPE,
  ScimError,
  USER_SCHEMA,
} from './scim.protocol.js';

/** The methods both HTTP adapters' replies share. */
interface ScimReply {
  status(code: number): unknown;
  header(name: string, value: string): unknown;
  send(body?: string): unknown;
}

@Controller('scim/v2')
export class ScimController {
  constructor(
    private readonly scim: ScimService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('ServiceProviderConfig')
  serviceProviderConfig(@Res() reply: ScimReply) {
    return this.respond(reply, (): [number, unknown] => [
      200,
      {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
        documentationUri: `${this.base()}/docs/roster`,
        patch: { supported: true },
        bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
        filter: { supported: true, maxResults: SCIM_MAX_PAGE },
        changePassword: { supported: false },
        sort: { supported: false },
        etag: { supported: false },
        authenticationSchemes: [
          {
            type: 'oauthbearertoken',
            name: 'Bearer token',
            description: 'A SCIM token created in Perch by an owner or admin.',
            primary: true,
          },
        ],
        meta: {
          resourceType: 'ServiceProviderConfig',
          location: `${this.base()}/scim/v2/ServiceProviderConfig`,
        },
      },
    ]);
  }

  @Public()
  @Get('ResourceTypes')
  resourceTypes(@Res() reply: ScimReply) {
    return this.respond(reply, (): [number, unknown] => [
      200,
      {
        schemas: [LIST_SCHEMA],
        totalResults: 1,
        startIndex: 1,
        itemsPerPage: 1,
        Resources: [
          {
            schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
            id: 'User',
            name: 'User',
            endpoint: '/Users',
            schema: USER_SCHEMA,
            schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }],
            meta: {
              resourceType: 'ResourceType',
              location: `${this.base()}/scim/v2/ResourceTypes/User`,
            },
          },
        ],
      },
    ]);
  }

  @Public()
  @Get('Schemas')
  schemas(@Res() reply: ScimReply) {
    const attr = (name: string, extra: Record<string, unknown> = {}) => ({
      name,
      type: 'string',
      multiValued: false,
      required: false,
      caseExact: false,
      mutability: 'readWrite',
      returned: 'default',
      uniqueness: 'none',
      ...extra,
    });
    return this.respond(reply, (): [number, unknown] => [
      200,
      {
        schemas: [LIST_SCHEMA],
        totalResults: 1,
        startIndex: 1,
        itemsPerPage: 1,
        Resources: [
          {
            schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
            id: USER_SCHEMA,
            name: 'User',
            description: 'A student, kept in Perch as a job seeker.',
            attributes: [
              attr('userName', { required: true, uniqueness: 'server' }),
              attr('externalId', { caseExact: true, uniqueness: 'server' }),
              attr('displayName'),
              attr('name', {
                type: 'complex',
                subAttributes: [attr('formatted'), attr('givenName'), attr('familyName')],
              }),
              attr('emails', {
                type: 'complex',
                multiValued: true,
                subAttributes: [attr('value'), attr('type'), attr('primary', { type: 'boolean' })],
              }),
              attr('active', { type: 'boolean' }),
            ],
            meta: {
              resourceType: 'Schema',
              location: `${this.base()}/scim/v2/Schemas/${USER_SCHEMA}`,
            },
          },
        ],
      },
    ]);
  }

  @Public()
  @Get('Users')
  list(
    @Headers('authorization') auth: string | undefined,
    @Query() query: Record<string, string | undefined>,
    @Res() reply: ScimReply,
  ) {
    return this.respond(reply, async () => {
      const ctx = await this.authenticate(auth);
      const q = (k: string) => (typeof query[k] === 'string' ? query[k] : undefined);
      const { total, rows, offset } = await this.scim.list(ctx, {
        filter: q('filter'),
        startIndex: q('startIndex'),
        count: q('count'),
      });
      return [
        200,
        {
          schemas: [LIST_SCHEMA],
          totalResults: total,
          startIndex: offset + 1,
          itemsPerPage: rows.length,
          Resources: rows.map((r) => this.user(r)),
        },
      ];
    });
  }

  @Public()
  @Post('Users')
  create(
    @Headers('authorization') auth: string | undefined,
    @Body() body: unknown,
    @Res() reply: ScimReply,
  ) {
    return this.respond(reply, async () => {
      const ctx = await this.authenticate(auth);
      const row = await this.scim.create(ctx, readBody(body));
      reply.header('location', this.location(row.id));
      return [201, this.user(row)];
    });
  }

  @Public()
  @Get('Users/:id')
  get(
    @Headers('authorization') auth: string | undefined,
    @Param('id') id: string,
    @Res() reply: ScimReply,
  ) {
    return this.respond(reply, async () => {
      const ctx = await this.authenticate(auth);
      return [200, this.user(await this.scim.get(ctx, seekerUuid(id)))];
    });
  }

  @Public()
  @Put('Users/:id')
  replace(
    @Headers('authorization') auth: string | undefined,
    @Param('id') id: string,
    @Body() body: unknown,
    @Res() reply: ScimReply,
  ) {
    return this.respond(reply, async () => {
      const ctx = await this.authenticate(auth);
      return [200, this.user(await this.scim.replace(ctx, seekerUuid(id), readBody(body)))];
    });
  }

  @Public()
  @Patch('Users/:id')
  patch(
    @Headers('authorization') auth: string | undefined,
    @Param('id') id: string,
    @Body() body: unknown,
    @Res() reply: ScimReply,
  ) {
    return this.respond(reply, async () => {
      const ctx = await this.authenticate(auth);
      return [200, this.user(await this.scim.patch(ctx, seekerUuid(id), readBody(body)))];
    });
  }

  @Public()
  @Delete('Users/:id')
  remove(
    @Headers('authorization') auth: string | undefined,
    @Param('id') id: string,
    @Res() reply: ScimReply,
  ) {
    return this.respond(reply, async () => {
      const ctx = await this.authenticate(auth);
      await this.scim.remove(ctx, seekerUuid(id));
      return [204, null];
    });
  }

  /** Groups, Bulk, /Me and the rest: a SCIM 501 rather than a bare 404 page. */
  @Public()
  @All(['Groups', 'Groups/*', 'Bulk', 'Me'])
  unsupported(@Res() reply: ScimReply) {
    return this.respond(reply, () => {
      throw new ScimError(501, 'Perch provisions Users only (no Groups, Bulk or /Me).');
    });
  }

  private async authenticate(header: string | undefined): Promise<TenantScope> {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token) throw new ScimError(401, 'Send a Perch SCIM token as "Authorization: Bearer …".');
    const ctx = await this.scim.authenticate(token);
    if (!ctx) throw new ScimError(401, 'The SCIM token is not valid or was revoked.');
    return ctx;
  }

  private async respond(
    reply: ScimReply,
    work: () => Promise<[number, unknown]> | [number, unknown],
  ): Promise<void> {
    let status: number;
    let body: unknown;
    try {
      [status, body] = await work();
    } catch (err) {
      if (!(err instanceof ScimError)) throw err;
      status = err.status;
      body = err.body();
      if (status === 401) reply.header('www-authenticate', 'Bearer realm="perch-scim"');
    }
    reply.status(status);
    reply.header('content-type', `${SCIM_CONTENT_TYPE}; charset=utf-8`);
    reply.header('cache-control', 'no-store');
    reply.send(body === null ? undefined : JSON.stringify(body));
  }

  private base(): string {
    return (this.config.publicUrl ?? '').replace(/\/$/, '');
  }

  private location(uuid: string): string {
    return `${this.base()}/scim/v2/Users/${toGlobalId('Seeker', uuid)}`;
  }

  private user(r: RosterSeekerRow) {
    return {
      schemas: [USER_SCHEMA],
      id: toGlobalId('Seeker', r.id),
      ...(r.externalId ? { externalId: r.externalId } : {}),
      userName: r.userName,
      name: { formatted: r.name },
      displayName: r.name,
      emails: [{ value: r.email, type: 'work', primary: true }],
      active: r.status === 'active',
      meta: {
        resourceType: 'User',
        created: new Date(r.createdAt).toISOString(),
        lastModified: new Date(r.updatedAt).toISOString(),
        location: this.location(r.id),
      },
    };
  }
}

/** Bodies arrive parsed (application/json) or as text (application/scim+json). */
function readBody(body: unknown): unknown {
  if (typeof body !== 'string') {
    if (body === undefined || body === null) {
      throw new ScimError(400, 'Send a JSON body as application/scim+json.', 'invalidSyntax');
    }
    return body;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new ScimError(400, 'The body is not valid JSON.', 'invalidSyntax');
  }
}

/** SCIM ids are Perch's Seeker global ids; anything else is simply not found. */
function seekerUuid(id: string): string {
  try {
    return fromGlobalId(id, 'Seeker');
  } catch {
    throw ScimError.notFound();
  }
}
