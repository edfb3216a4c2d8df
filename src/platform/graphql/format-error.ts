/**
 * The one error formatter. Typed errors keep their code and message; GraphQL's own parse and
 * validation errors keep theirs; everything else is masked as INTERNAL_SERVER_ERROR, so no
 * stack, SQL or table name leaves the server. A plugin adds the request id to every error.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError, type ErrorCode } from '../errors.js';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'INTROSPECTION_DISABLED',
  'MAX_COST_EXCEEDED',
  'THROTTLED',
  'IDEMPOTENCY_KEY_REUSED',
  'CONFLICT',
  'OPERATION_NOT_ALLOWED',
  'MAX_DEPTH_EXCEEDED',
  'MAX_ALIASES_EXCEEDED',
  'MAX_TOKENS_EXCEEDED',
  'MAX_DIRECTIVES_EXCEEDED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'THROTTLED',
};

/** GraphQL Armor reports its limits as syntax errors; each gets its own code. */
const LIMIT_MESSAGES: [RegExp, string][] = [
  [/^Syntax Error: (Query depth limit .*)$/, 'MAX_DEPTH_EXCEEDED'],
  [/^Syntax Error: (Aliases limit .*)$/, 'MAX_ALIASES_EXCEEDED'],
  [/^Syntax Error: (Token limit .*)$/, 'MAX_TOKENS_EXCEEDED'],
  [/^Syntax Error: (Directives limit .*)$/, 'MAX_DIRECTIVES_EXCEEDED'],
];

export const INTERNAL_MESSAGE =
  'Something went wrong on our side. Quote the requestId when you report it.';

/**
 * A GraphQL error raised by graphql-js or Apollo themselves (parse, validation), not one wrapping
 * a thrown exception. Duck-typed: Apollo and our code may load graphql's CJS and ESM builds, so
 * `instanceof GraphQLError` is not reliable.
 */
function isOwnGraphqlError(e: unknown): boolean {
  // Not `instanceof`: under test runners the error may come from another realm.
  if (typeof e !== 'object' || e === null || !('extensions' in e) || !('message' in e)) {
    return false;
  }
  // Apollo wraps a validation error around graphql-js's own; anything else inside is ours.
  const inner = (e as { originalError?: unknown }).originalError;
  return inner === undefined || inner === null || isOwnGraphqlError(inner);
}

/**
 * What of an unexpected error goes to the log: its kind, message, SQLSTATE and stack, but never a
 * failed query's parameters, which can hold password hashes or tokens.
 */
function loggable(e: unknown): unknown {
  if (!(e instanceof Error)) return { message: 'non-error thrown' };
  return { type: e.name, message: e.message, code: (e as { code?: unknown }).code, stack: e.stack };
}

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { code: original.code } };
    }
    if (original instanceof HttpException && HTTP_CODES[original.getStatus()]) {
      return {
        ...base,
        message: original.message,
        extensions: { code: HTTP_CODES[original.getStatus()] },
      };
    }
    for (const [re, limitCode] of LIMIT_MESSAGES) {
      const m = re.exec(formatted.message);
      if (m) return { ...base, message: m[1], extensions: { code: limitCode } };
    }
    const code = formatted.extensions?.code;
    if (isOwnGraphqlError(original) && typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { http: _http, stacktrace: _stack, ...ext } = formatted.extensions ?? {};
      return { ...base, message: formatted.message, extensions: ext };
    }
    logger.error({ err: loggable(original) }, 'unexpected error in a GraphQL operation');
    return { ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

interface ContextWithReq {
  req?: { id?: unknown; perch?: { session?: { close(): Promise<void> } } };
}

/** Ends the query's read transaction once the response is complete, errors or not. */
export const readSessionPlugin: ApolloServerPlugin<ContextWithReq> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse: async ({ contextValue }) => {
        await contextValue.req?.perch?.session?.close();
      },
    });
  },
};

/** Adds `extensions.requestId` to every error, matching the request's log lines. */
export const requestIdPlugin: ApolloServerPlugin<ContextWithReq> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response, contextValue }) {
        const requestId = contextValue.req?.id;
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) {
          return Promise.resolve();
        }
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
          ...e,
          extensions: {
            ...e.extensions,
            requestId:
              typeof requestId === 'string' || typeof requestId === 'number'
                ? String(requestId)
                : '',
          },
        }));
        return Promise.resolve();
      },
    });
  },
};
