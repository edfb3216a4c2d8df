/**
 * Data-rights downloads. Like bulk exports, the signed address is the credential (short-lived,
 * naming its tenant and subject); anything forged, expired or erased is the same 404.
 */
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Public } from '../../platform/auth/access.decorators.js';
import { AppError } from '../../platform/errors.js';
import { DataRightsService } from './data-rights.service.js';

interface HeaderSink {
  header?: (name: string, value: string) => unknown;
  setHeader?: (name: string, value: string) => unknown;
}

function setHeader(res: HeaderSink, name: string, value: string): void {
  if (res.header) res.header(name, value);
  else res.setHeader?.(name, value);
}

@Controller('data-exports')
export class DataRightsController {
  constructor(private readonly rights: DataRightsService) {}

  @Public()
  @Get(':tenant/:file')
  async download(
    @Param('tenant') tenant: string,
    @Param('file') file: string,
    @Query('expires') expires: string | undefined,
    @Query('signature') signature: string | undefined,
    @Res({ passthrough: true }) res: HeaderSink,
  ): Promise<Buffer> {
    const subject = file.endsWith('.zip') ? file.slice(0, -'.zip'.length) : '';
    const body =
      subject && expires && signature
        ? await this.rights.download(tenant, subject, expires, signature)
        : null;
    if (!body)
      throw new AppError('NOT_FOUND', 'There is no export at this address (or it expired).');
    setHeader(res, 'content-type', 'application/zip');
    setHeader(res, 'content-disposition', `attachment; filename="${subject}.zip"`);
    setHeader(res, 'cache-control', 'private, no-store');
    return body;
  }
}
