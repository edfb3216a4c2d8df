import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const JIT_ROLES = ['COACH', 'VIEWER', 'SEEKER'];

@InputType()
export class SsoRoleMappingInput {
  @Field({ description: 'A value of the role attribute or claim, e.g. "faculty".' })
  @IsString()
  @Length(1, 200)
  value!: string;

  @Field({ description: 'COACH, VIEWER or SEEKER.' })
  @IsIn(JIT_ROLES)
  role!: string;
}

@InputType()
export class CreateSsoConnectionInput {
  @Field({ description: 'SAML or OIDC.' })
  @IsIn(['SAML', 'OIDC'])
  protocol!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field({ nullable: true, description: 'Default true.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @Field({
    nullable: true,
    description:
      'Refuse password sign-in to staff other than owners (owners keep a break-glass password).',
  })
  @IsOptional()
  @IsBoolean()
  requireSsoForStaff?: boolean;

  @Field({ nullable: true, description: 'SAML: the IdP’s entity id (its Issuer).' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  samlIdpEntityId?: string;

  @Field({ nullable: true, description: 'SAML: the IdP’s single sign-on URL (HTTP-Redirect).' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  samlSsoUrl?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'SAML: the IdP’s signing certificates in PEM (two during a rollover).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @MaxLength(20_000, { each: true })
  samlIdpCertificates?: string[];

  @Field({ nullable: true, description: 'OIDC: the issuer URL (discovery is read from it).' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  oidcIssuer?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  oidcClientId?: string;

  @Field({ nullable: true, description: 'OIDC: stored encrypted; never shown again.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  oidcClientSecret?: string;

  @Field({
    nullable: true,
    description: 'Attribute or claim holding the email (default: email, mail).',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  emailAttribute?: string;

  @Field({ nullable: true, description: 'Attribute or claim holding the display name.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  nameAttribute?: string;

  @Field({ nullable: true, description: 'Attribute or claim whose values choose the role.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  roleAttribute?: string;

  @Field(() => [SsoRoleMappingInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SsoRoleMappingInput)
  roleMappings?: SsoRoleMappingInput[];

  @Field({ nullable: true, description: 'Role when no mapping matches: COACH, VIEWER or SEEKER.' })
  @IsOptional()
  @IsIn(JIT_ROLES)
  defaultRole?: string;

  @Field(() => [String], {
    description:
      'Roles a first sign-in may create (COACH, VIEWER, SEEKER); empty: invitations only.',
  })
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(JIT_ROLES, { each: true })
  jitRoles!: string[];
}

/**
 * Every setting but the protocol and the IdP's identity (SAML entity id, OIDC issuer): people are
 * linked by (issuer, subject), so another IdP is another connection. Omitted fields stay as they
 * are; an empty string clears an optional text.
 */
@InputType()
export class UpdateSsoConnectionInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  ssoConnectionId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  requireSsoForStaff?: boolean;

  @Field({ nullable: true, description: 'SAML: the IdP’s single sign-on URL (HTTP-Redirect).' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  samlSsoUrl?: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'SAML: replaces the IdP’s signing certificates (PEM, one to three). For a rollover, list the old and the new, then the new alone once the IdP has switched.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @MaxLength(20_000, { each: true })
  samlIdpCertificates?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  oidcClientId?: string;

  @Field({
    nullable: true,
    description:
      'OIDC: a new client secret, stored encrypted; an empty string removes it (a public client).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  oidcClientSecret?: string;

  @Field({ nullable: true, description: 'Empty string: the defaults (email, mail).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  emailAttribute?: string;

  @Field({ nullable: true, description: 'Empty string: the defaults.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameAttribute?: string;

  @Field({ nullable: true, description: 'Empty string: no role attribute (needs no mappings).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  roleAttribute?: string;

  @Field(() => [SsoRoleMappingInput], {
    nullable: true,
    description: 'Replaces the mappings; an empty list removes them.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SsoRoleMappingInput)
  roleMappings?: SsoRoleMappingInput[];

  @Field({
    nullable: true,
    description:
      'COACH, VIEWER or SEEKER; an empty string: none (a person no mapping matches is refused).',
  })
  @IsOptional()
  @IsIn([...JIT_ROLES, ''])
  defaultRole?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the roles a first sign-in may create; an empty list: invitations only.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(JIT_ROLES, { each: true })
  jitRoles?: string[];
}

@InputType()
export class DeleteSsoConnectionInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  ssoConnectionId!: string;
}

@InputType()
export class LinkSsoIdentityInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  ssoConnectionId!: string;

  @Field(() => ID, { description: 'The member (staff or seeker login) to link.' })
  @IsString()
  @MaxLength(100)
  staffMemberId!: string;

  @Field({
    description:
      'The IdP’s identifier of the person: SAML subject-id, pairwise-id or NameID; OIDC `sub`.',
  })
  @IsString()
  @Length(1, 500)
  subject!: string;
}
