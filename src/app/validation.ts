import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldError } from '@app/app/errors';

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

/** whitelist + forbidNonWhitelisted: an unknown field is an error naming it, never silently dropped. */
export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.validation(toFieldErrors(errors)),
  });
