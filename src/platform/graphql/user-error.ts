/**
 * Mutation payloads carry business failures as `userErrors { field message code }` (Shopify's
 * convention); the interceptor turns a thrown AppError with a business code, or a failed input
 * validation, into such a payload, so resolvers never need try/catch.
 */
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Field, GqlExecutionContext, ObjectType, registerEnumType } from '@nestjs/graphql';
import { catchError, type Observable, of, throwError } from 'rxjs';
import { AppError, USER_ERROR_CODES, type ErrorCode } from '../errors.js';

export enum UserErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  SEAT_LIMIT_REACHED = 'SEAT_LIMIT_REACHED',
  TENANT_REQUIRED = 'TENANT_REQUIRED',
  INVALID_STATE = 'INVALID_STATE',
}
registerEnumType(UserErrorCode, { name: 'UserErrorCode' });

@ObjectType()
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault.' })
  field!: string[] | null;

  @Field({ description: 'What went wrong, for a person.' })
  message!: string;

  @Field(() => UserErrorCode)
  code!: UserErrorCode;
}

@ObjectType({ isAbstract: true })
export abstract class Payload {
  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

function isUserCode(code: ErrorCode): code is `${UserErrorCode}` {
  return USER_ERROR_CODES.has(code);
}

@Injectable()
export class UserErrorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (err instanceof AppError && isUserCode(err.code)) {
          const all = [{ field: err.field, message: err.message }, ...err.more];
          return of({
            userErrors: all.map((e) => ({
              field: e.field ? ['input', ...e.field] : null,
              message: e.message,
              code: err.code,
            })),
          });
        }
        return throwError(() => err);
      }),
    );
  }
}
