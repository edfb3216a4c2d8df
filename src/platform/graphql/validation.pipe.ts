/**
 * class-validator on every argument, reported as BAD_USER_INPUT naming each field at fault
 * (`userErrors` in a mutation payload, a top-level error in a query). Before that, text with a
 * NUL character is refused anywhere in an argument: PostgreSQL cannot store it, and letting it
 * through would surface as an internal error.
 */
import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** The path of the first string holding a NUL character, or null. */
export function findNul(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (path.length > 32) return null; // GraphQL input is shallow; this only bounds the walk.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], [...path, String(i)]);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const hit = findNul(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

class PerchValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only client input: custom parameters (the caller's scope, loaders) are ours.
    const nul = metadata.type === 'custom' ? null : findNul(value);
    if (nul) {
      throw AppError.badInput(
        'Text may not contain NUL (\\u0000) characters.',
        nul.length ? nul : null,
      );
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new PerchValidationPipe({
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
