import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, Matches } from 'class-validator';
import { AppError } from '../../../platform/errors.js';

// X's own rule for usernames; the @ is presentation, never stored.
export const X_HANDLE_PATTERN = /^@?([A-Za-z0-9_]{1,15})$/;
export const X_HANDLE_MESSAGE = 'An X handle is 1–15 letters, digits or underscores.';

/** The handle as stored (no @, case kept; the column is case-insensitive), or BAD_USER_INPUT. */
export function parseXHandle(raw: string): string {
  const match = X_HANDLE_PATTERN.exec(raw.trim());
  if (!match?.[1]) throw AppError.badInput(X_HANDLE_MESSAGE, ['handle']);
  return match[1];
}

@InputType()
export class LinkXHandleInput {
  @Field(() => ID)
  @IsString()
  seekerId!: string;

  @Field(() => String, { description: 'With or without the leading @.' })
  @IsString()
  @Matches(/^\s*@?[A-Za-z0-9_]{1,15}\s*$/, { message: X_HANDLE_MESSAGE })
  handle!: string;
}
