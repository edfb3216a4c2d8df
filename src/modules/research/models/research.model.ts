import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import { Connection } from '../../../platform/graphql/pagination.js';
import { Payload } from '../../../platform/graphql/user-error.js';
import type { AccountRow, CompanyRow, TargetRow } from '../research.repository.js';

export enum CompanyAccountKind {
  BRAND = 'brand',
  CAREERS = 'careers',
  EXECUTIVE = 'executive',
  EMPLOYEE = 'employee',
}
registerEnumType(CompanyAccountKind, { name: 'CompanyAccountKind' });

export enum CompanyAccountStatus {
  SUGGESTED = 'suggested',
  CONFIRMED = 'confirmed',
  REJECTED = 'rejected',
}
registerEnumType(CompanyAccountStatus, {
  name: 'CompanyAccountStatus',
  description: 'SUGGESTED by discovery (see evidence) until a coach CONFIRMS or REJECTS it.',
});

export enum TargetStatusEnum {
  RESEARCHING = 'researching',
  APPLIED = 'applied',
  INTERVIEWING = 'interviewing',
  OFFER = 'offer',
  CLOSED = 'closed',
}
registerEnumType(TargetStatusEnum, { name: 'TargetStatus' });

@ObjectType('AccountEvidence', {
  description: 'Why discovery thinks an account speaks for the company.',
})
export class EvidenceModel {
  @Field({ description: 'bio, list, interaction or handle.' }) kind!: string;
  @Field() detail!: string;
}

@ObjectType('CompanyAccount')
export class CompanyAccountModel {
  @Field({ description: "X's id of the account." }) xId!: string;
  @Field() username!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field() url!: string;
  @Field(() => CompanyAccountKind) kind!: CompanyAccountKind;
  @Field(() => CompanyAccountStatus) status!: CompanyAccountStatus;
  @Field(() => [EvidenceModel]) evidence!: EvidenceModel[];
  @Field({ description: 'Whether Perch reads its posts (confirmed accounts are followed).' })
  followed!: boolean;

  static of(a: AccountRow): CompanyAccountModel {
    return Object.assign(new CompanyAccountModel(), {
      xId: a.xAccountId,
      username: a.username,
      name: a.name,
      url: `https://x.com/${a.username}`,
      kind: a.kind as CompanyAccountKind,
      status: a.status as CompanyAccountStatus,
      evidence: a.evidence,
      followed: a.watchId !== null,
    });
  }
}

@ObjectType('Company', {
  implements: () => [Node],
  description: 'A company the organization tracks.',
})
export class CompanyModel extends Node {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) domain!: string | null;
  @Field({ description: 'The brand account, without the @.' }) brandUsername!: string;
  @Field() createdAt!: Date;
  uuid!: string;

  static of(c: CompanyRow): CompanyModel {
    return Object.assign(new CompanyModel(), {
      id: toGlobalId('Company', c.id),
      uuid: c.id,
      name: c.name,
      domain: c.domain,
      brandUsername: c.brandUsername,
      createdAt: c.createdAt,
    });
  }
}

@ObjectType()
export class CompanyConnection extends Connection(CompanyModel, 'Company') {}

@ObjectType('SeekerTarget', {
  implements: () => [Node],
  description: 'A company a seeker is aiming for.',
})
export class SeekerTargetModel extends Node {
  @Field(() => Int, { description: '1 (highest) to 5.' }) priority!: number;
  @Field(() => TargetStatusEnum) status!: TargetStatusEnum;
  @Field() createdAt!: Date;
  seekerId!: string;
  companyId!: string;

  static of(t: TargetRow): SeekerTargetModel {
    return Object.assign(new SeekerTargetModel(), {
      id: toGlobalId('SeekerTarget', t.id),
      priority: t.priority,
      status: t.status as TargetStatusEnum,
      createdAt: t.createdAt,
      seekerId: t.seekerId,
      companyId: t.companyId,
    });
  }
}

@ObjectType('DossierPost', { description: 'A post behind a claim.' })
export class DossierPostModel {
  @Field(() => ID, { description: "X's id of the post." }) xId!: string;
  @Field() url!: string;
  @Field(() => String, { nullable: true }) author!: string | null;
  @Field() createdAt!: Date;
  @Field() text!: string;
}

@ObjectType('DossierClaim', {
  description: 'Something the dossier says, with the posts behind it.',
})
export class ClaimModel {
  @Field() label!: string;
  @Field(() => Int, { description: 'Posts that support it.' }) count!: number;
  @Field(() => [DossierPostModel]) posts!: DossierPostModel[];
}

@ObjectType('DossierTheme')
export class ThemeModel extends ClaimModel {
  @Field({ description: 'The term (a word, or a #hashtag).' }) term!: string;
  @Field(() => Float, {
    description: 'How much more the company uses it than the background corpus.',
  })
  score!: number;
}

@ObjectType('DossierValue')
export class ValueModel extends ClaimModel {
  @Field(() => Float, { description: 'Share of the company’s posts that speak of it.' })
  share!: number;
}

@ObjectType('DossierChange')
export class ChangeModel extends ClaimModel {
  @Field(() => Int, { description: 'Posts the week before.' }) previous!: number;
}

@ObjectType('DossierTone')
export class ToneModel {
  @Field(() => Int) posts!: number;
  @Field(() => Float, { description: '-1 (negative) to 1 (positive).' }) sentiment!: number;
  @Field(() => Float, { description: '0 (casual) to 1 (formal).' }) formality!: number;
}

@ObjectType('DossierToneSplit')
export class ToneSplitModel {
  @Field(() => ToneModel) brand!: ToneModel;
  @Field(() => ToneModel) employees!: ToneModel;
}

@ObjectType('DossierCadence')
export class CadenceModel {
  @Field(() => Float) brandPostsPerWeek!: number;
  @Field(() => Float) employeePostsPerWeek!: number;
  @Field(() => Int) activeEmployees!: number;
  @Field(() => Date, { nullable: true }) lastPostAt!: Date | null;
}

@ObjectType('DossierHiring', { description: 'Roles, teams and places named in hiring posts.' })
export class HiringModel {
  @Field(() => Int) posts!: number;
  @Field(() => [ClaimModel]) roles!: ClaimModel[];
  @Field(() => [ClaimModel]) teams!: ClaimModel[];
  @Field(() => [ClaimModel]) locations!: ClaimModel[];
  @Field(() => [ClaimModel], { description: 'remote, hybrid or onsite.' }) workplace!: ClaimModel[];
}

@ObjectType('DossierVoices', {
  description: 'What the brand talks about beside what its people do.',
})
export class VoicesModel {
  @Field(() => [String]) brand!: string[];
  @Field(() => [String]) employees!: string[];
}

@ObjectType('DossierChanges', { description: 'This week against the week before.' })
export class ChangesModel {
  @Field(() => [ClaimModel]) newThemes!: ClaimModel[];
  @Field(() => [ChangeModel]) rising!: ChangeModel[];
  @Field(() => [ChangeModel]) falling!: ChangeModel[];
}

@ObjectType('CompanyDossier', {
  description: 'What a company and its people post about, from their last 30 days on X.',
})
export class DossierModel {
  @Field() computedAt!: Date;
  @Field() windowFrom!: Date;
  @Field() windowTo!: Date;
  @Field(() => Int) posts!: number;
  @Field(() => Int) brandPosts!: number;
  @Field(() => Int) employeePosts!: number;
  @Field(() => String, { nullable: true, description: 'Why the dossier is empty, when it is.' })
  emptyReason!: string | null;
  @Field(() => [ThemeModel]) themes!: ThemeModel[];
  @Field(() => [ValueModel]) values!: ValueModel[];
  @Field(() => ToneSplitModel) tone!: ToneSplitModel;
  @Field(() => CadenceModel) cadence!: CadenceModel;
  @Field(() => HiringModel) hiring!: HiringModel;
  @Field(() => VoicesModel) voices!: VoicesModel;
  @Field(() => ChangesModel) changes!: ChangesModel;
}

@ObjectType('BriefPoint')
export class BriefPointModel {
  @Field() point!: string;
  @Field(() => [DossierPostModel]) posts!: DossierPostModel[];
}

@ObjectType('BriefPerson')
export class BriefPersonModel {
  @Field() username!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) bio!: string | null;
  @Field() url!: string;
  @Field(() => Int, { description: 'Their posts in the last 14 days.' }) recentPosts!: number;
}

@ObjectType('InterviewBrief')
export class InterviewBriefModel {
  @Field() company!: string;
  @Field() generatedAt!: Date;
  @Field(() => [BriefPointModel]) talkingPoints!: BriefPointModel[];
  @Field(() => [BriefPersonModel]) people!: BriefPersonModel[];
  @Field(() => [DossierPostModel]) readFirst!: DossierPostModel[];
  @Field({ description: 'The same brief as Markdown.' }) markdown!: string;
}

@ObjectType()
export class AddCompanyPayload extends Payload {
  @Field(() => CompanyModel, { nullable: true }) company?: CompanyModel | null;
}

@ObjectType()
export class DiscoverCompanyAccountsPayload extends Payload {
  @Field(() => CompanyModel, { nullable: true }) company?: CompanyModel | null;
  @Field(() => [CompanyAccountModel], { nullable: true }) accounts?: CompanyAccountModel[] | null;
}

@ObjectType()
export class ReviewCompanyAccountPayload extends Payload {
  @Field(() => CompanyAccountModel, { nullable: true }) account?: CompanyAccountModel | null;
}

@ObjectType()
export class SetSeekerTargetPayload extends Payload {
  @Field(() => SeekerTargetModel, { nullable: true }) target?: SeekerTargetModel | null;
}

@ObjectType()
export class RemoveSeekerTargetPayload extends Payload {
  @Field(() => ID, { nullable: true }) removedTargetId?: string | null;
}
