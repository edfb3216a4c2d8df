/**
 * Errors are values with codes. Services throw AppError; one formatter (graphql/format-error.ts)
 * turns it into `extensions.code`, and the payload interceptor turns the business ones into
 * `userErrors`. Anything else is masked as INTERNAL_SERVER_ERROR with a request id.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'SEAT_LIMIT_REACHED',
  'TENANT_REQUIRED',
  'INVALID_STATE',
  'SSO_REQUIRED',
  'THROTTLED',
  'MAX_COST_EXCEEDED',
  'IDEMPOTENCY_KEY_REUSED',
  'X_BUDGET_EXHAUSTED',
  'X_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes that describe the caller's input or the business state: they go to `userErrors`. */
export const USER_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'CONFLICT',
  'SEAT_LIMIT_REACHED',
  'TENANT_REQUIRED',
  'INVALID_STATE',
]);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  THROTTLED: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Input path of the offending field, for userErrors. */
    readonly field: string[] | null = null,
    /** Further problems found in the same input, reported together. */
    readonly more: { field: string[] | null; message: string }[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get httpStatus(): number | undefined {
    return HTTP_STATUS[this.code];
  }

  static notFound(what = 'object'): AppError {
    // One message for missing, foreign and forbidden objects, so existence never leaks.
    return new AppError('NOT_FOUND', `No ${what} with that id.`);
  }

  static badInput(message: string, field: string[] | null = null): AppError {
    return new AppError('BAD_USER_INPUT', message, field);
  }
}
