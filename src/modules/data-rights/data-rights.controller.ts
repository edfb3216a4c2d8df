/**
 * Data-rights downloads: a seeker's data, or the whole organization's, as a zip of JSON. Plain
 * HTTP (a zip is no GraphQL value), authenticated like the API, audited like a mutation.
 */
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import { AuditRecorder } from '../../platform/audit/audit-recorder.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { type HeaderSink, setHeader } from '../../platform/http/reply.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { DataRightsService } from './data-rights.service.js';

function zipHeaders(res: HeaderSink, name: string): void {
  setHeader(res, 'content-type', 'application/zip');
  setHeader(res, 'content-disposition', `attachment; filename="${name}"`);
  setHeader(res, 'cache-control', 'private, no-store');
}

@Controller('data-exports')
export class DataRightsController {
  constructor(
    private readonly rights: DataRightsService,
    private readonly audit: AuditRecorder,
  ) {}

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Get('seekers/:file')
  async seeker(
    @Ctx() ctx: TenantScope,
    @Param('file') file: string,
    @Req() req: { id?: unknown; ip?: string },
    @Res({ passthrough: true }) res: HeaderSink,
  ): Promise<Buffer> {
    if (!file.endsWith('.zip'))
      throw new AppError('NOT_FOUND', 'There is nothing at this address.');
    const gid = file.slice(0, -4);
    const seekerId = fromGlobalId(gid, 'Seeker');
    const body = await this.rights.exportSeeker(ctx, seekerId);
    await this.audit.record(
      ctx,
      [
        {
          action: 'GET /data-exports/seekers',
          kind: 'http',
          seekerId,
          targets: [gid],
          outcome: 'ok',
        },
      ],
      { requestId: typeof req.id === 'string' ? req.id : null, ip: req.ip ?? null },
    );
    zipHeaders(res, `perch-seeker-${gid}.zip`);
    return body;
  }

  @Allow({ roles: ['owner'] })
  @Get('organization.zip')
  async organization(
    @Ctx() ctx: TenantScope,
    @Req() req: { id?: unknown; ip?: string },
    @Res({ passthrough: true }) res: HeaderSink,
  ): Promise<Buffer> {
    const body = await this.rights.exportTenant(ctx);
    await this.audit.record(
      ctx,
      [{ action: 'GET /data-exports/organization', kind: 'http', outcome: 'ok' }],
      { requestId: typeof req.id === 'string' ? req.id : null, ip: req.ip ?? null },
    );
    zipHeaders(res, 'perch-organization.zip');
    return body;
  }
}
