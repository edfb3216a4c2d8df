import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { Node } from '../../platform/graphql/node.js';
import { Payload } from '../../platform/graphql/user-error.js';
import { LinkStatusModel } from '../links/links.models.js';
import type { ApplicationRow, MatchRow, PostingRow, RecruiterRow } from './jobs.repository.js';

export enum ApplicationStage {
  SAVED = 'saved',
  APPLIED = 'applied',
  INTERVIEWING = 'interviewing',
  OFFER = 'offer',
  ACCEPTED = 'accepted',
  REJECTED = 'rejected',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(ApplicationStage, {
  name: 'ApplicationStage',
  description: 'saved → applied → interviewing → offer → accepted, or rejected / withdrawn.',
});

export enum RemotePreference {
  REMOTE_ONLY = 'remote_only',
  OPEN = 'open',
  ON_SITE_OK = 'on_site_ok',
}
registerEnumType(RemotePreference, { name: 'RemotePreference' });

export enum PostingWorkplace {
  REMOTE = 'remote',
  HYBRID = 'hybrid',
  ON_SITE = 'on-site',
}
registerEnumType(PostingWorkplace, { name: 'PostingWorkplace' });

@ArgsType()
export class JobPostingsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all appear in the title, company or place (any case, any order); at most 10 words.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string | null;

  @Field(() => PostingWorkplace, { nullable: true })
  @IsOptional()
  @IsEnum(PostingWorkplace)
  workplace?: PostingWorkplace | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Postings seen in the last this many days, 1 to 90 (default 30).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  days?: number | null;
}

@ObjectType('Salary')
export class SalaryModel {
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field() currency!: string;
  @Field({ description: 'year, month or hour' }) period!: string;
}

@ObjectType('Recruiter', { description: 'An account that recruits, from its bio and behaviour.' })
export class RecruiterModel {
  @Field() xAccountId!: string;
  @Field() username!: string;
  @Field(() => String, { nullable: true, description: 'agency or in-house' }) kind!: string | null;
  @Field(() => Float) score!: number;
  @Field(() => [String]) companies!: string[];
  @Field(() => [String]) reasons!: string[];
  @Field(() => Int, { description: 'Job posts seen from them.' }) hiringPosts!: number;
  @Field(() => [String], {
    description: 'Titles of the openings they posted (the roles they recruit for), latest first.',
  })
  roles!: string[];
  @Field(() => Date, { nullable: true }) lastPostAt!: Date | null;
  @Field() profileUrl!: string;
  @Field({ description: 'Write to them on X (a web intent; Perch sends nothing).' })
  messageIntentUrl!: string;

  static of(r: RecruiterRow): RecruiterModel {
    return Object.assign(new RecruiterModel(), {
      ...r,
      profileUrl: `https://x.com/${r.username}`,
      messageIntentUrl: `https://x.com/messages/compose?recipient_id=${r.xAccountId}`,
    });
  }
}

@ObjectType('PostingContact', {
  description: 'Someone a job post names to contact ("DM @jane"), with links to reach them on X.',
})
export class PostingContactModel {
  @Field() username!: string;
  @Field() profileUrl!: string;
  @Field({ description: 'A public reply to them, prefilled (a web intent; Perch sends nothing).' })
  mentionIntentUrl!: string;

  static of(username: string): PostingContactModel {
    return Object.assign(new PostingContactModel(), {
      username,
      profileUrl: `https://x.com/${username}`,
      mentionIntentUrl: `https://x.com/intent/post?text=${encodeURIComponent(`@${username} `)}`,
    });
  }
}

@ObjectType('JobPosting', {
  implements: () => [Node],
  description: 'One opening, however many people posted it; extracted from posts on X.',
})
export class JobPostingModel extends Node {
  @Field() title!: string;
  @Field(() => String, { nullable: true }) seniority!: string | null;
  @Field(() => String, { nullable: true }) company!: string | null;
  @Field(() => String, { nullable: true }) companyHandle!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => String, { nullable: true, description: 'remote, hybrid or on-site' })
  workplace!: string | null;
  @Field(() => String, { nullable: true }) employmentType!: string | null;
  @Field(() => SalaryModel, { nullable: true }) salary!: SalaryModel | null;
  @Field(() => String, { nullable: true, description: 'Canonical (tracking removed).' })
  applyUrl!: string | null;
  @Field(() => LinkStatusModel, {
    nullable: true,
    description:
      'Whether the apply link still resolves (a filled role’s page is usually gone); null without an apply link.',
  })
  applyLink!: LinkStatusModel | null;
  @Field(() => Float) confidence!: number;
  @Field(() => Int, { description: 'Posts that announced it.' }) postCount!: number;
  @Field() firstSeenAt!: Date;
  @Field() lastSeenAt!: Date;
  uuid!: string;

  static of(p: PostingRow): JobPostingModel {
    return Object.assign(new JobPostingModel(), {
      ...p,
      id: toGlobalId('JobPosting', p.id),
      uuid: p.id,
      applyLink: !p.applyUrl
        ? null
        : p.applyLinkState === null
          ? LinkStatusModel.pending(p.applyUrl)
          : LinkStatusModel.of({
              url: p.applyUrl,
              state: p.applyLinkState,
              httpStatus: p.applyLinkHttpStatus,
              finalUrl: p.applyLinkFinalUrl,
              reason: p.applyLinkReason,
              checkedAt: p.applyLinkCheckedAt,
            }),
      salary:
        p.salaryMin !== null || p.salaryMax !== null
          ? {
              min: p.salaryMin,
              max: p.salaryMax,
              currency: p.salaryCurrency ?? 'USD',
              period: p.salaryPeriod ?? 'year',
            }
          : null,
    });
  }
}

@ObjectType('JobMatch', {
  implements: () => [Node],
  description: 'A posting for a seeker, with why.',
})
export class JobMatchModel extends Node {
  @Field(() => Float) score!: number;
  @Field(() => [String]) reasons!: string[];
  @Field({ description: 'matched, or coach (sent by a coach)' }) source!: string;
  @Field(() => Date, { nullable: true }) dismissedAt!: Date | null;
  @Field() createdAt!: Date;
  uuid!: string;
  seekerId!: string;
  postingId!: string;

  static of(m: MatchRow): JobMatchModel {
    return Object.assign(new JobMatchModel(), {
      ...m,
      id: toGlobalId('JobMatch', m.id),
      uuid: m.id,
    });
  }
}

@ObjectType('ApplicationEvent')
export class ApplicationEventModel {
  @Field(() => ApplicationStage, { nullable: true }) fromStage!: string | null;
  @Field(() => ApplicationStage) toStage!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() at!: Date;
}

@ObjectType('JobApplication', {
  implements: () => [Node],
  description: 'A job on a seeker’s pipeline.',
})
export class JobApplicationModel extends Node {
  @Field() title!: string;
  @Field(() => String, { nullable: true }) company!: string | null;
  @Field(() => ApplicationStage) stage!: string;
  @Field(() => [String]) contacts!: string[];
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field() savedAt!: Date;
  @Field(() => Date, { nullable: true }) appliedAt!: Date | null;
  @Field(() => Date, { nullable: true }) interviewingAt!: Date | null;
  @Field(() => Date, { nullable: true }) offerAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field() updatedAt!: Date;
  @Field(() => [ApplicationStage]) nextStages!: string[];
  uuid!: string;
  seekerId!: string;
  postingId!: string | null;
  companyId!: string | null;

  static of(a: ApplicationRow, nextStages: readonly string[]): JobApplicationModel {
    return Object.assign(new JobApplicationModel(), {
      ...a,
      id: toGlobalId('JobApplication', a.id),
      uuid: a.id,
      nextStages: [...nextStages],
    });
  }
}

@ObjectType('JobFunnel', { description: 'Applications that reached each stage.' })
export class JobFunnelModel {
  @Field(() => Int) seekers!: number;
  @Field(() => Int) saved!: number;
  @Field(() => Int) applied!: number;
  @Field(() => Int) interviewing!: number;
  @Field(() => Int) offer!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int) withdrawn!: number;
}

@ObjectType('JobPreferences')
export class JobPreferencesModel {
  @Field(() => [String]) skills!: string[];
  @Field(() => RemotePreference) remote!: string;
}

// ---- inputs and payloads ----

@InputType()
export class SetJobPreferencesInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field(() => [String])
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  skills!: string[];
  @Field(() => RemotePreference) @IsEnum(RemotePreference) remote!: RemotePreference;
}

@InputType()
export class PushJobPostingInput {
  @Field(() => ID) @IsString() postingId!: string;
  @Field(() => [ID]) @ArrayMaxSize(200) @IsString({ each: true }) seekerIds!: string[];
}

@InputType()
export class DismissJobMatchInput {
  @Field(() => ID) @IsString() matchId!: string;
}

@InputType()
export class SaveJobInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field(() => ID, { nullable: true, description: 'A JobPosting; or give title and company.' })
  @IsOptional()
  @IsString()
  postingId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) company?: string;
  @Field(() => ID, { nullable: true, description: 'A tracked Company, for its dossier.' })
  @IsOptional()
  @IsString()
  companyId?: string;
  @Field(() => String, { nullable: true, description: 'null clears the notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

@InputType()
export class MoveJobApplicationInput {
  @Field(() => ID) @IsString() applicationId!: string;
  @Field(() => ApplicationStage) @IsEnum(ApplicationStage) stage!: ApplicationStage;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class UpdateJobApplicationInput {
  @Field(() => ID) @IsString() applicationId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Left out keeps the notes; null clears them.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
  @Field(() => [String], {
    nullable: true,
    description:
      'People involved, e.g. @recruiter; replaces the list. Left out keeps it; null or [] clears it.',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  contacts?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'null unlinks the company.' })
  @IsOptional()
  @IsString()
  companyId?: string | null;
}

@ObjectType()
export class SetJobPreferencesPayload extends Payload {
  @Field(() => JobPreferencesModel, { nullable: true }) preferences?: JobPreferencesModel | null;
  @Field(() => Int, { nullable: true, description: 'New matches found.' }) newMatches?:
    number | null;
}

@ObjectType()
export class PushJobPostingPayload extends Payload {
  @Field(() => Int, { nullable: true }) pushed?: number | null;
}

@ObjectType()
export class JobMatchPayload extends Payload {
  @Field(() => JobMatchModel, { nullable: true }) match?: JobMatchModel | null;
}

@ObjectType()
export class JobApplicationPayload extends Payload {
  @Field(() => JobApplicationModel, { nullable: true }) application?: JobApplicationModel | null;
}
