/**
 * class-validator on every argument, reported as BAD_USER_INPUT naming each field at fault
 * (`userErrors` in a mutation payload, a top-level error in a query).
 */
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from '../errors.js';

function flatten(errors: ValidationError[], path: string[] = []) {
  const out: { field: string[]; message: string }[] = [];
  for (const e of errors) {
    const here = [...path, e.property];
    for (const m of Object.values(e.constraints ?? {})) out.push({ field: here, message: m });
    if (e.children?.length) out.push(...flatten(e.children, here));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const [first, ...more] = flatten(errors);
      if (!first) return AppError.badInput('The input is not valid.');
      return new AppError('BAD_USER_INPUT', first.message, first.field, more);
    },
  });
}
