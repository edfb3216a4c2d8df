import { Module } from '@nestjs/common';
import { LinkChecksRepository } from './link-checks.repository.js';
import { LinkChecksService } from './link-checks.service.js';

/** Link checking for every module that shows links (jobs, voice). */
@Module({
  providers: [LinkChecksRepository, LinkChecksService],
  exports: [LinkChecksService],
})
export class LinksModule {}
