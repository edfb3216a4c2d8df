import { AppError } from '../../platform/errors.js';

/** One answer for an unknown email and a wrong password, so accounts cannot be enumerated. */
export const invalidCredentials = () =>
  new AppError('UNAUTHENTICATED', 'That email and password do not match an account.');

export const invalidRefreshToken = () =>
  new AppError('UNAUTHENTICATED', 'This refresh token is not valid any more; sign in again.');

export const refreshTokenReused = () =>
  new AppError(
    'UNAUTHENTICATED',
    'This refresh token was already used, so the whole session was ended for safety; sign in again.',
  );

export const invalidInvitation = () =>
  new AppError(
    'NOT_FOUND',
    'This invitation is not valid: it may have expired, been used or been withdrawn.',
  );
