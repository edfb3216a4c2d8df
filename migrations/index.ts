/** Every migration in order; TypeORM gets classes, not a glob, so the build needs no file scan. */
import { CreateAppRole1764160000000 } from './1764160000000-CreateAppRole.js';
import { CreateTenantsAndUsers1764160000100 } from './1764160000100-CreateTenantsAndUsers.js';
import { CreateSeekers1764160000200 } from './1764160000200-CreateSeekers.js';
import { CreateIdentity1764160000300 } from './1764160000300-CreateIdentity.js';
import { CreateSeekerCare1764160000400 } from './1764160000400-CreateSeekerCare.js';
import { CreateXUsage1764160000500 } from './1764160000500-CreateXUsage.js';
import { AuthLookupRole1764160000600 } from './1764160000600-AuthLookupRole.js';
import { CreateXConnections1764160000700 } from './1764160000700-CreateXConnections.js';
import { CreateSeekerXData1764160000800 } from './1764160000800-CreateSeekerXData.js';
import { CreateIngestion1764160000900 } from './1764160000900-CreateIngestion.js';
import { CreateResearchAndTrends1764160001000 } from './1764160001000-CreateResearchAndTrends.js';
import { CreateCohorts1764160001100 } from './1764160001100-CreateCohorts.js';
import { CreateMentorshipPeersOrgs1764160001200 } from './1764160001200-CreateMentorshipPeersOrgs.js';
import { CreateCalendarFeeds1764160001300 } from './1764160001300-CreateCalendarFeeds.js';
import { CreateJobs1764160001400 } from './1764160001400-CreateJobs.js';
import { CreateVoice1764160001500 } from './1764160001500-CreateVoice.js';
import { CreateLinkChecks1764160001600 } from './1764160001600-CreateLinkChecks.js';
import { CreateAuditEvents1764160001700 } from './1764160001700-CreateAuditEvents.js';
import { CreateWebhooks1764160001710 } from './1764160001710-CreateWebhooks.js';
import { CreateBulkExports1764160001720 } from './1764160001720-CreateBulkExports.js';
import { CreateRateLimitsAndIdempotency1764160001730 } from './1764160001730-CreateRateLimitsAndIdempotency.js';
import { CreateUserCleanupLookup1764160001740 } from './1764160001740-CreateUserCleanupLookup.js';
import { CreateSso1764160001800 } from './1764160001800-CreateSso.js';
import { CreateRoster1764160001900 } from './1764160001900-CreateRoster.js';

import { CreateSeatEvents1764160002000 } from './1764160002000-CreateSeatEvents.js';
import { JobPostingGrouping1764160002100 } from './1764160002100-JobPostingGrouping.js';
import { VoiceDraftSeekerOk1764160002110 } from './1764160002110-VoiceDraftSeekerOk.js';
import { RosterImportsInWorker1764160002200 } from './1764160002200-RosterImportsInWorker.js';
export const migrations = [
  CreateAppRole1764160000000,
  CreateTenantsAndUsers1764160000100,
  CreateSeekers1764160000200,
  CreateIdentity1764160000300,
  CreateSeekerCare1764160000400,
  CreateXUsage1764160000500,
  AuthLookupRole1764160000600,
  CreateXConnections1764160000700,
  CreateSeekerXData1764160000800,
  CreateIngestion1764160000900,
  CreateResearchAndTrends1764160001000,
  CreateCohorts1764160001100,
  CreateMentorshipPeersOrgs1764160001200,
  CreateCalendarFeeds1764160001300,
  CreateJobs1764160001400,
  CreateVoice1764160001500,
  CreateLinkChecks1764160001600,
  CreateAuditEvents1764160001700,
  CreateWebhooks1764160001710,
  CreateBulkExports1764160001720,
  CreateRateLimitsAndIdempotency1764160001730,
  CreateUserCleanupLookup1764160001740,
  CreateSso1764160001800,
  CreateRoster1764160001900,
  CreateSeatEvents1764160002000,
  JobPostingGrouping1764160002100,
  VoiceDraftSeekerOk1764160002110,
  RosterImportsInWorker1764160002200,
];
