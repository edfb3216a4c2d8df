import { Module } from '@nestjs/common';
import { SeekersModule } from '../seekers/seekers.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

/** What a career center reports upward: seats per term, outcomes per term and cohort. */
@Module({
  imports: [TenantsModule, SeekersModule],
  providers: [ReportsRepository, ReportsService, ReportsResolver],
})
export class ReportsModule {}
