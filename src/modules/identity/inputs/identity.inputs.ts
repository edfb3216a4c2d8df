import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageArgs } from '../../../platform/graphql/pagination.js';
import { ApiScope } from '../models/api-key.model.js';
import { RoleEnum } from '../models/staff-member.model.js';

const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

@InputType()
export class LoginInput {
  @Field()
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email!: string;

  @Field()
  @IsString()
  @MaxLength(128, { message: 'A password has at most 128 characters.' })
  password!: string;

  @Field({ nullable: true, description: 'Which organization, for people in several.' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'That is not an organization slug.' })
  tenantSlug?: string;
}

@InputType()
export class RefreshSessionInput {
  @Field() @IsString() @MaxLength(200) refreshToken!: string;
}

@InputType()
export class SwitchTenantInput {
  @Field()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'That is not an organization slug.' })
  tenantSlug!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(128) currentPassword!: string;
  @Field()
  @IsString()
  @Length(12, 128, { message: 'A password needs 12 to 128 characters.' })
  newPassword!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MaxLength(200) token!: string;
  @Field({ description: 'Your name, for a new account.' })
  @IsString()
  @Length(1, 200)
  name!: string;
  @Field({
    description:
      'A new password (12–128 characters), or your existing one if you already have an account.',
  })
  @IsString()
  @Length(12, 128, { message: 'A password needs 12 to 128 characters.' })
  password!: string;
}

@InputType()
export class InviteStaffInput {
  @Field()
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email!: string;

  @Field(() => RoleEnum) @IsEnum(RoleEnum) role!: RoleEnum;
}

@InputType()
export class ChangeStaffRoleInput {
  @Field(() => ID) @IsString() staffMemberId!: string;
  @Field(() => RoleEnum, { description: 'owner, admin, coach or viewer.' })
  @IsEnum(RoleEnum)
  role!: RoleEnum;
}

@InputType()
export class DeactivateStaffMemberInput {
  @Field(() => ID) @IsString() staffMemberId!: string;
}

@InputType()
export class ReactivateStaffMemberInput {
  @Field(() => ID) @IsString() staffMemberId!: string;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID) @IsString() invitationId!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @Length(1, 100, { message: 'Name the key in 1 to 100 characters.' })
  name!: string;

  @Field(() => [ApiScope])
  @ArrayMinSize(1, { message: 'Give the key at least one scope.' })
  @ArrayMaxSize(3)
  @IsEnum(ApiScope, { each: true })
  scopes!: ApiScope[];

  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() expiresAt?: Date;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID) @IsString() apiKeyId!: string;
}

@ArgsType()
export class StaffMembersArgs extends PageArgs {
  @Field(() => [RoleEnum], { nullable: true, description: 'Only these roles (default: staff).' })
  @IsOptional()
  @IsEnum(RoleEnum, { each: true })
  roles?: RoleEnum[];
}

@ArgsType()
export class InvitationsArgs extends PageArgs {
  @Field({ defaultValue: false }) @IsBoolean() pendingOnly: boolean = false;
}
