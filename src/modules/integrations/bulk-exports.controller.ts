/**
 * Bulk export downloads. The signed address is the credential (integrators hand it to tools
 * that cannot send a bearer token), so the route is public; anything forged, expired or unknown
 * is the same 404.
 */
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Public } from '../../platform/auth/access.decorators.js';
import { AppError } from '../../platform/errors.js';
import { type HeaderSink, setHeader } from '../../platform/http/reply.js';
import { BulkExportsService } from './bulk-exports.service.js';

@Controller('exports')
export class BulkExportsController {
  constructor(private readonly exports: BulkExportsService) {}

  @Public()
  @Get(':tenant/:file')
  async download(
    @Param('tenant') tenant: string,
    @Param('file') file: string,
    @Query('expires') expires: string | undefined,
    @Query('signature') signature: string | undefined,
    @Res({ passthrough: true }) res: HeaderSink,
  ): Promise<Buffer> {
    const id = file.endsWith('.jsonl.gz') ? file.slice(0, -'.jsonl.gz'.length) : '';
    const body =
      id && expires && signature
        ? await this.exports.download(tenant, id, expires, signature)
        : null;
    if (!body)
      throw new AppError('NOT_FOUND', 'There is no export at this address (or it expired).');
    setHeader(res, 'content-type', 'application/gzip');
    setHeader(res, 'content-disposition', `attachment; filename="${id}.jsonl.gz"`);
    setHeader(res, 'cache-control', 'private, no-store');
    return body;
  }
}
