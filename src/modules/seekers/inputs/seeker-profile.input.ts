/**
 * Profile fields shared by createSeeker and updateSeeker, and the one normalization both (and
 * any other caller, such as a roster import) go through before anything is stored.
 */
import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import type { CareerStage } from '../entities/seeker.entity.js';
import { CareerStageEnum } from '../models/seeker.model.js';

export const MAX_LIST_ITEMS = 20;
export const MAX_ITEM_LENGTH = 100;

// Trimming happens before validation, so "   " fails a minimum length instead of being stored.
export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
export const trimLower = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trimEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value;

const ProfileList = (description: string) =>
  applyDecorators(
    Field(() => [String], { nullable: true, description }),
    Transform(trimEach),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_LIST_ITEMS),
    IsString({ each: true }),
    Length(1, MAX_ITEM_LENGTH, { each: true }),
  );

@InputType({ isAbstract: true })
export abstract class SeekerProfileInput {
  @Field(() => String, {
    nullable: true,
    description: 'One line about the seeker; null clears it.',
  })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  headline?: string | null;

  @ProfileList('Roles sought, at most 20, each 1 to 100 characters.')
  targetRoles?: string[] | null;

  @ProfileList('Industries of interest, at most 20, each 1 to 100 characters.')
  industries?: string[] | null;

  @ProfileList('Places the seeker would work, at most 20, each 1 to 100 characters.')
  locations?: string[] | null;

  @Field(() => CareerStageEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CareerStageEnum)
  careerStage?: CareerStageEnum | null;
}

/** What a caller may send; null means "leave as is" except for `headline`, where it clears. */
export interface SeekerProfileFields {
  name?: string | null;
  email?: string | null;
  headline?: string | null;
  targetRoles?: readonly string[] | null;
  industries?: readonly string[] | null;
  locations?: readonly string[] | null;
  careerStage?: CareerStage | null;
}

/** Only the columns to write, already in stored form. */
export interface SeekerProfilePatch {
  name?: string;
  email?: string;
  headline?: string | null;
  targetRoles?: string[];
  industries?: string[];
  locations?: string[];
  careerStage?: CareerStage;
}

function normalizeList(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const item = raw.trim().replace(/\s+/g, ' ');
    const key = item.toLowerCase();
    // Filters and matching treat "Data Science" and "data science " as one; keep the first.
    if (item && !seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

export function normalizeProfile(input: SeekerProfileFields): SeekerProfilePatch {
  const patch: SeekerProfilePatch = {};
  if (input.name != null) patch.name = input.name.trim().replace(/\s+/g, ' ');
  if (input.email != null) patch.email = input.email.trim().toLowerCase();
  if (input.headline !== undefined) patch.headline = input.headline?.trim() || null;
  if (input.targetRoles != null) patch.targetRoles = normalizeList(input.targetRoles);
  if (input.industries != null) patch.industries = normalizeList(input.industries);
  if (input.locations != null) patch.locations = normalizeList(input.locations);
  if (input.careerStage != null) patch.careerStage = input.careerStage;
  return patch;
}

/**
 * The limits the GraphQL input enforces, checked again on the normalized patch so callers that do
 * not come through GraphQL (seeding, roster imports) cannot store what the API would refuse.
 */
export function profileProblems(patch: SeekerProfilePatch): { field: string[]; message: string }[] {
  const out: { field: string[]; message: string }[] = [];
  if (patch.name !== undefined && (patch.name.length < 1 || patch.name.length > 200)) {
    out.push({ field: ['name'], message: 'A name is 1 to 200 characters.' });
  }
  if (
    patch.email !== undefined &&
    (patch.email.length > 320 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(patch.email))
  ) {
    out.push({ field: ['email'], message: 'Enter an email address such as name@example.com.' });
  }
  if (patch.headline && patch.headline.length > 300) {
    out.push({ field: ['headline'], message: 'A headline is at most 300 characters.' });
  }
  for (const key of ['targetRoles', 'industries', 'locations'] as const) {
    const list = patch[key];
    if (!list) continue;
    if (list.length > MAX_LIST_ITEMS) {
      out.push({ field: [key], message: `List at most ${MAX_LIST_ITEMS} items.` });
    }
    if (list.some((item) => item.length > MAX_ITEM_LENGTH)) {
      out.push({ field: [key], message: `Each item is at most ${MAX_ITEM_LENGTH} characters.` });
    }
  }
  return out;
}
