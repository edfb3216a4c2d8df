import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Payload } from '../../platform/graphql/user-error.js';

@InputType()
export class ExportSeekerDataInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  seekerId!: string;
}

@InputType()
export class EraseSeekerInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  seekerId!: string;
}

@InputType()
export class ExportTenantDataInput {
  @Field(() => String, {
    nullable: true,
    description: 'Why the export is taken; written to the log.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

@InputType()
export class DeleteTenantInput {
  @Field({ description: 'The tenant’s slug, typed again: the deletion cannot be undone.' })
  @IsString()
  @MaxLength(64)
  confirmSlug!: string;
}

@ObjectType()
export class DataExportLinkPayload extends Payload {
  @Field(() => String, { nullable: true, description: 'A zip of JSON files, one per table.' })
  url!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;
}

@ObjectType()
export class EraseSeekerPayload extends Payload {
  @Field(() => String, {
    nullable: true,
    description: 'The stand-in kept for the erased seeker in logs and the audit.',
  })
  pseudonym!: string | null;

  @Field(() => Int, { nullable: true })
  rowsDeleted!: number | null;

  @Field(() => Int, { nullable: true, description: 'Logins removed (people left in no tenant).' })
  loginsDeleted!: number | null;
}

@ObjectType()
export class DeleteTenantPayload extends Payload {
  @Field(() => Boolean, { nullable: true, description: 'true once deleted; null when refused.' })
  deleted!: boolean | null;
}
