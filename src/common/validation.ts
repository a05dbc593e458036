import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldError } from '@app/common/errors';

/** Flattens class-validator's tree into `[{ field: 'licence.issuedOn', messages }]`. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const path = parent === '' ? error.property : isIndex ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    if (error.constraints) {
      out.push({ field: path, messages: Object.values(error.constraints) });
    }
    if (error.children && error.children.length > 0) {
      out.push(...toFieldErrors(error.children, path));
    }
  }
  return out;
}

/** Far deeper than any DTO of ours (3 levels); deeper JSON overflows the pipe's recursion, which would be a 500. */
const MAX_DEPTH = 32;

/**
 * What the pipe cannot say itself: JSON nested too deep, and keys such as `constructor` or `toString` that
 * class-transformer skips without a word because Object.prototype has them. Walked with a stack, not recursion.
 */
export function structuralProblem(value: unknown): FieldError | null {
  const stack: { node: unknown; path: string; depth: number }[] = [{ node: value, path: '', depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, path, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_DEPTH) return { field: path, messages: [`nested deeper than ${MAX_DEPTH} levels`] };
    const isArray = Array.isArray(node);
    for (const [key, child] of Object.entries(node)) {
      const childPath = isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!isArray && key in Object.prototype) return { field: childPath, messages: [`property ${key} should not exist`] };
      stack.push({ node: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const problem = metadata.type === 'custom' ? null : structuralProblem(value);
    if (problem) throw AppError.validation([{ ...problem, field: problem.field || metadata.type }]);
    return super.transform(value, metadata);
  }
}

/** whitelist + forbidNonWhitelisted: an unknown field is an error naming it, never silently dropped. */
export const createValidationPipe = (): ValidationPipe =>
  new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.validation(toFieldErrors(errors)),
  });
