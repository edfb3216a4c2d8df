/**
 * Calendar feeds: calendar apps subscribe to a secret address and cannot send a bearer token, so
 * the address itself is the credential (a `cal` token: tenant, feed id and a secret whose hash is
 * stored). Anything unknown, revoked or forged is the same 404.
 */
import { Controller, Get, Param, Res } from '@nestjs/common';
import { Public } from '../../platform/auth/access.decorators.js';
import { AppError } from '../../platform/errors.js';
import { type HeaderSink, setHeader } from '../../platform/http/reply.js';
import { OrgsService } from './orgs.service.js';

@Controller('calendar')
export class CalendarController {
  constructor(private readonly orgs: OrgsService) {}

  @Public()
  @Get(':file')
  async feed(
    @Param('file') file: string,
    @Res({ passthrough: true }) res: HeaderSink,
  ): Promise<string> {
    const ics = file.endsWith('.ics') ? await this.orgs.feedByToken(file.slice(0, -4)) : null;
    if (!ics) throw new AppError('NOT_FOUND', 'There is no calendar at this address.');
    // Set only on success: an error answers in JSON like every other route.
    setHeader(res, 'content-type', 'text/calendar; charset=utf-8');
    setHeader(res, 'cache-control', 'private, max-age=300');
    return ics;
  }
}
