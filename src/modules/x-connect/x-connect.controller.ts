/**
 * Where X sends the seeker back after they approve (or refuse) Perch. The state carries the
 * tenant and the pending link, so no session is needed; the answer is a small JSON document.
 */
import { Controller, Get, Query } from '@nestjs/common';
import { Public } from '../../platform/auth/access.decorators.js';
import { AppError } from '../../platform/errors.js';
import { XConnectService } from './x-connect.service.js';

@Controller('auth/x')
export class XConnectController {
  constructor(private readonly connect: XConnectService) {}

  @Public()
  @Get('callback')
  async callback(
    @Query('state') state?: string,
    @Query('code') code?: string,
    @Query('error') error?: string,
  ): Promise<{ connected: true; username: string }> {
    if (error)
      throw new AppError(
        'BAD_USER_INPUT',
        `X did not connect the account: ${error.slice(0, 100)}.`,
      );
    if (!state || !code)
      throw new AppError('BAD_USER_INPUT', 'The X callback needs state and code.');
    const { username } = await this.connect.complete(state, code);
    return { connected: true, username };
  }
}
