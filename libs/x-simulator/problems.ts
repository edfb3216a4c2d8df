/**
 * Error bodies exactly as X sends them (see x-api.md §3 "Errors"): RFC 7807 problems for request
 * failures, `errors[]` items for partial results inside a 200, and the invalid-request shape with
 * per-parameter messages that twitter-api-v2 types as `ErrorV2`.
 */

export const PROBLEM_BASE = 'https://api.x.com/2/problems/';

/** A problem body; X adds fields such as `reason` or `required_scopes` to some of them. */
export interface ProblemBody {
  title: string;
  detail: string;
  type: string;
  status?: number;
  [extra: string]: unknown;
}

export interface Reply {
  status: number;
  body: unknown;
  /** Sent as application/problem+json. */
  problem?: boolean;
  headers?: Record<string, string>;
}

export interface ParameterError {
  parameters: Record<string, string[]>;
  message: string;
}

/** One `errors[]` item of a 200 partial result (an id or username that does not exist). */
export interface PartialError {
  value: string;
  detail: string;
  title: string;
  resource_type: string;
  parameter: string;
  resource_id: string;
  type: string;
}

const problem = (status: number, body: ProblemBody): Reply => ({ status, body, problem: true });

export const unauthorized = (): Reply =>
  problem(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });

export const unsupportedAuthentication = (): Reply =>
  problem(403, {
    title: 'Unsupported Authentication',
    detail:
      'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
    type: `${PROBLEM_BASE}unsupported-authentication`,
    status: 403,
  });

export const missingScopes = (missing: readonly string[]): Reply =>
  problem(403, {
    title: 'Forbidden',
    detail: `Your OAuth 2.0 user token is missing the scopes this endpoint requires: ${missing.join(', ')}.`,
    type: 'about:blank',
    status: 403,
    required_scopes: [...missing],
  });

export const forbidden = (detail: string): Reply =>
  problem(403, { title: 'Forbidden', detail, type: 'about:blank', status: 403 });

export const clientForbidden = (): Reply =>
  problem(403, {
    client_id: '0',
    title: 'Client Forbidden',
    detail:
      'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.',
    registration_url: 'https://developer.x.com/en/docs/projects/overview',
    required_enrollment: 'Appropriate Level of API Access',
    reason: 'client-not-enrolled',
    type: `${PROBLEM_BASE}client-forbidden`,
    status: 403,
  });

export const tooManyRequests = (): Reply =>
  problem(429, {
    title: 'Too Many Requests',
    detail: 'Too Many Requests',
    type: 'about:blank',
    status: 429,
  });

export const creditsDepleted = (): Reply =>
  problem(402, {
    account_id: 1,
    title: 'CreditsDepleted',
    detail: 'Your enrolled account [1] does not have any credits to fulfill this request.',
    type: `${PROBLEM_BASE}credits`,
    status: 402,
  });

const SERVER_TITLES: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export const serverError = (status: 500 | 502 | 503): Reply =>
  problem(status, {
    title: SERVER_TITLES[status],
    detail: SERVER_TITLES[status],
    type: 'about:blank',
    status,
  });

export const invalidRequest = (errors: ParameterError[]): Reply => ({
  status: 400,
  problem: true,
  body: {
    errors,
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: `${PROBLEM_BASE}invalid-request`,
  },
});

export const paramError = (name: string, value: string, message: string): ParameterError => ({
  parameters: { [name]: [value] },
  message,
});

/** X's answer to a path it does not serve (a v1.1-era body, still what it sends). */
export const routeNotFound = (): Reply => ({
  status: 404,
  body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] },
});

export function notFound(
  resourceType: 'user' | 'tweet' | 'list',
  parameter: string,
  value: string,
  /** The noun in the detail ("with id", "with username"). */
  by: string = parameter,
): PartialError {
  return {
    value,
    detail: `Could not find ${resourceType} with ${by}: [${value}].`,
    title: 'Not Found Error',
    resource_type: resourceType,
    parameter,
    resource_id: value,
    type: `${PROBLEM_BASE}resource-not-found`,
  };
}
