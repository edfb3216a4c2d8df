import { Module } from '@nestjs/common';
import { SeekersModule } from '../seekers/seekers.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { XConnectModule } from '../x-connect/x-connect.module.js';
import { DataRightsController } from './data-rights.controller.js';
import { DataRightsRepository } from './data-rights.repository.js';
import { DataRightsResolver } from './data-rights.resolver.js';
import { DataRightsService } from './data-rights.service.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

/** What a career center reports upward (seats, outcomes), and data rights (export, erasure). */
@Module({
  imports: [TenantsModule, SeekersModule, XConnectModule],
  controllers: [DataRightsController],
  providers: [
    ReportsRepository,
    ReportsService,
    ReportsResolver,
    DataRightsRepository,
    DataRightsService,
    DataRightsResolver,
  ],
})
export class ReportsModule {}
