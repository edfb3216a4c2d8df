import { Module } from '@nestjs/common';
import { SeekersModule } from '../seekers/seekers.module.js';
import { XUsageRepository } from './x-usage.repository.js';
import { XUsageResolver } from './x-usage.resolver.js';
import { XUsageService } from './x-usage.service.js';

/** The X cost meter, monthly budgets and the spend report. */
@Module({
  imports: [SeekersModule],
  providers: [XUsageRepository, XUsageService, XUsageResolver],
  exports: [XUsageService],
})
export class XUsageModule {}
