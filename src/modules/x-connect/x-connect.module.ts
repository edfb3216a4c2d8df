import { Module } from '@nestjs/common';
import { SeekersModule } from '../seekers/seekers.module.js';
import { XUsageModule } from '../x-usage/x-usage.module.js';
import { XConnectController } from './x-connect.controller.js';
import { XConnectRepository } from './x-connect.repository.js';
import { XConnectResolver } from './x-connect.resolver.js';
import { XConnectService } from './x-connect.service.js';

/** Seekers' X accounts: OAuth connect, encrypted tokens, refresh, disconnect. */
@Module({
  imports: [SeekersModule, XUsageModule],
  controllers: [XConnectController],
  providers: [XConnectRepository, XConnectService, XConnectResolver],
  exports: [XConnectService],
})
export class XConnectModule {}
