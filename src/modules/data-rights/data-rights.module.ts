import { Module } from '@nestjs/common';
import { SeekersModule } from '../seekers/seekers.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { XConnectModule } from '../x-connect/x-connect.module.js';
import { DataRightsController } from './data-rights.controller.js';
import { DataRightsRepository } from './data-rights.repository.js';
import { DataRightsResolver } from './data-rights.resolver.js';
import { DataRightsService } from './data-rights.service.js';

/** A seeker's data exported or erased; an organization's exported or deleted. */
@Module({
  imports: [SeekersModule, TenantsModule, XConnectModule],
  controllers: [DataRightsController],
  providers: [DataRightsRepository, DataRightsService, DataRightsResolver],
})
export class DataRightsModule {}
