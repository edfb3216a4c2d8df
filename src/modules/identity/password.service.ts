/**
 * argon2id at OWASP's minimum (m = 19 MiB, t = 2, p = 1). Hashes made with weaker parameters are
 * upgraded at the next successful sign-in. An unknown email still costs one verification, so
 * response time does not reveal which emails have accounts.
 */
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { AppError } from '../../platform/errors.js';

export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

@Injectable()
export class PasswordService {
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    // Over-long input is refused before hashing: argon2 would accept it, at a CPU cost.
    if (password.length > PASSWORD_MAX) return false;
    if (!hash) {
      this.dummyHash ??= this.hash('perch-timing-equalizer');
      await argon2.verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }

  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, ARGON2_OPTIONS);
  }

  /** Length is the rule (NIST 800-63B): 12 to 128 characters, no composition rules. */
  assertAcceptable(password: string, field: string[]): void {
    if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
      throw AppError.badInput(
        `A password needs ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`,
        field,
      );
    }
  }
}
