import { type DynamicModule, Module } from '@nestjs/common';
import { IdentityModule } from './modules/identity/identity.module.js';
import { SeekersModule } from './modules/seekers/seekers.module.js';
import { TenantsModule } from './modules/tenants/tenants.module.js';
import { XArchiveModule } from './modules/x-archive/x-archive.module.js';
import { IngestionModule } from './modules/ingestion/ingestion.module.js';
import { ResearchModule } from './modules/research/research.module.js';
import { TrendsModule } from './modules/trends/trends.module.js';
import { PeersModule } from './modules/peers/peers.module.js';
import { MentorshipModule } from './modules/mentorship/mentorship.module.js';
import { OrgsModule } from './modules/orgs/orgs.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { DataRightsModule } from './modules/data-rights/data-rights.module.js';
import { IntegrationsModule } from './modules/integrations/integrations.module.js';
import { CaseloadModule } from './modules/caseload/caseload.module.js';
import { VoiceModule } from './modules/voice/voice.module.js';
import { XConnectModule } from './modules/x-connect/x-connect.module.js';
import { XUsageModule } from './modules/x-usage/x-usage.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { SsoModule } from './modules/sso/sso.module.js';
import { PlatformModule, type PlatformOptions } from './platform/platform.module.js';
import { RosterModule } from './modules/roster/roster.module.js';

@Module({})
export class AppModule {
  static forRoot(opts: PlatformOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(opts),
        TenantsModule,
        IdentityModule,
        SsoModule,
        SeekersModule,
        XUsageModule,
        XConnectModule,
        XArchiveModule,
        IngestionModule,
        ResearchModule,
        TrendsModule,
        PeersModule,
        MentorshipModule,
        OrgsModule,
        JobsModule,
        VoiceModule,
        CaseloadModule,
        AuditModule,
        IntegrationsModule,
        DataRightsModule,
        ReportsModule,
        RosterModule,
      ],
    };
  }
}
