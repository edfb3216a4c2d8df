import { Module } from '@nestjs/common';
import { SeekersModule } from '../seekers/seekers.module.js';
import { CaseloadRepository } from './caseload.repository.js';
import { CaseloadResolver } from './caseload.resolver.js';
import { CaseloadService } from './caseload.service.js';

/** The coach's dashboard: the caseload with progress and at-risk flags. */
@Module({
  imports: [SeekersModule],
  providers: [CaseloadRepository, CaseloadService, CaseloadResolver],
})
export class CaseloadModule {}
