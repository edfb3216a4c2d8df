import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApplicationStage } from '../jobs/jobs.models.js';
import { ConsentKindEnum } from '../seekers/models/consent.model.js';
import { SeekerModel } from '../seekers/models/seeker.model.js';

export enum AtRiskReason {
  QUIET = 'quiet',
  STALLED_PIPELINE = 'stalled_pipeline',
  CONSENT_MISSING = 'consent_missing',
}
registerEnumType(AtRiskReason, {
  name: 'AtRiskReason',
  description:
    'QUIET: no activity in any capability for two weeks. STALLED_PIPELINE: open applications unchanged for three weeks. CONSENT_MISSING: an active seeker who has not let Perch read their X data.',
});

@ObjectType('AtRisk')
export class AtRiskModel {
  @Field(() => AtRiskReason) reason!: AtRiskReason;
  @Field({ description: 'What a coach would say about it.' }) detail!: string;
}

@ObjectType('VoiceTrendPoint')
export class VoiceTrendPointModel {
  @Field({ description: 'UTC, YYYY-MM.' }) month!: string;
  @Field(() => Int, { description: '0..100, as voiceProfile.months.consistency.' }) score!: number;
  @Field(() => Int) posts!: number;
}

@ObjectType('CaseloadEntry', {
  description: 'One seeker of the caller’s caseload with progress across the seven capabilities.',
})
export class CaseloadEntryModel {
  @Field(() => SeekerModel) seeker!: SeekerModel;
  @Field(() => Int, { description: 'research: target companies.' }) companiesTargeted!: number;
  @Field(() => Int, { description: 'research: target companies with a dossier.' })
  companiesResearched!: number;
  @Field(() => Int, { description: 'mentorship: pipeline moves in the last 30 days.' })
  outreachMoves30d!: number;
  @Field(() => Int, { description: 'peers: cohort check-ins in the last 30 days.' })
  checkIns30d!: number;
  @Field(() => Int, { description: 'orgs: events and chats joined.' }) eventsJoined!: number;
  @Field(() => Int, { description: 'jobs: applications still open.' }) openApplications!: number;
  @Field(() => Int, {
    description: 'jobs: openings matched in the last 7 days and not dismissed (new matches).',
  })
  newJobMatches!: number;
  @Field(() => ApplicationStage, {
    nullable: true,
    description: 'jobs: the furthest stage among open applications.',
  })
  pipelineStage!: string | null;
  @Field(() => Date, { nullable: true }) pipelineChangedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'voice: the latest month’s consistency.' })
  voiceScore!: number | null;
  @Field(() => [VoiceTrendPointModel], { description: 'voice: the last six months.' })
  voiceTrend!: VoiceTrendPointModel[];
  @Field(() => Date, { nullable: true, description: 'Latest activity in any capability.' })
  lastActivityAt!: Date | null;
  @Field() xConnected!: boolean;
  @Field(() => [ConsentKindEnum]) consents!: ConsentKindEnum[];
  @Field(() => [AtRiskModel]) atRisk!: AtRiskModel[];
}
