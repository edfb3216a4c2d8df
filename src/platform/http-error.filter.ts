/**
 * Plain HTTP routes (health, and transport failures such as an oversized or malformed body)
 * answer errors in the same JSON shape as GraphQL: `{ errors: [{ message, extensions: { code } }] }`.
 * GraphQL operations format their own errors (graphql/format-error.ts).
 */
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
} from '@nestjs/common';
import { AppError, type ErrorCode } from './errors.js';

/** A probe's answer (health): its body is the report itself, not an error message. */
export class ProbeFailed extends HttpException {
  constructor(body: Record<string, string>) {
    super(body, HttpStatus.SERVICE_UNAVAILABLE);
  }
}

const BY_STATUS: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', 'The request body is not valid JSON.'],
  401: ['UNAUTHENTICATED', 'Sign in, or send an API key.'],
  403: ['FORBIDDEN', 'You may not do this.'],
  404: ['NOT_FOUND', 'There is nothing at this address.'],
  413: ['PAYLOAD_TOO_LARGE', 'The request body is too large.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Send requests as application/json.'],
  429: ['THROTTLED', 'Too many requests; slow down.'],
};

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SSO_REQUIRED: 403,
  THROTTLED: 429,
};

interface AnyReply {
  status?: (n: number) => AnyReply;
  code?: (n: number) => AnyReply;
  send(body: unknown): unknown;
}

@Catch(AppError, HttpException)
export class HttpErrorFilter implements ExceptionFilter {
  catch(err: AppError | HttpException, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return err;
    let status: number;
    let body: unknown;
    if (err instanceof ProbeFailed) {
      status = err.getStatus();
      body = err.getResponse();
    } else if (err instanceof AppError) {
      status = STATUS_BY_CODE[err.code] ?? 400;
      body = { errors: [{ message: err.message, extensions: { code: err.code } }] };
    } else {
      status = err.getStatus();
      const [code, message] = BY_STATUS[status] ?? [
        'INTERNAL_SERVER_ERROR',
        'Something went wrong.',
      ];
      body = { errors: [{ message, extensions: { code } }] };
    }
    const reply = host.switchToHttp().getResponse<AnyReply>();
    // Fastify's reply has code(); Express's response has status().
    const withStatus = reply.code ? reply.code(status) : reply.status!(status);
    withStatus.send(body);
    return undefined;
  }
}
