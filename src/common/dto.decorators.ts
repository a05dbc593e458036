import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { describeUnprintable, firstUnprintable } from '@libs/pdf/printable';
import { isIsoDate } from '@libs/vn';

interface Opt {
  optional?: boolean;
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

const presence = ({ optional, nullable }: Opt): PropertyDecorator[] => {
  if (nullable) return [ValidateIf((_o, v) => v !== null && v !== undefined) as PropertyDecorator];
  if (optional) return [IsOptional() as PropertyDecorator];
  return [];
};

const doc = (opt: Opt, extra: Record<string, unknown>): PropertyDecorator => {
  const meta = { description: opt.description, example: opt.example, nullable: opt.nullable, ...extra };
  return opt.optional || opt.nullable ? ApiPropertyOptional(meta) : ApiProperty(meta);
};

/** A real calendar date `YYYY-MM-DD` (2026-02-30 is refused), as in Asia/Ho_Chi_Minh. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (object, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: object.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a real calendar date YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isIsoDate(value) },
    });
}

/** PostgreSQL text cannot hold U+0000: refuse it here, naming the field, instead of failing in the database (a 500). */
export function HasNoNulCharacter(options?: ValidationOptions): PropertyDecorator {
  return (object, propertyName) =>
    registerDecorator({
      name: 'hasNoNulCharacter',
      target: object.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must not contain the NUL character (U+0000)`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || !value.includes('\u0000') },
    });
}

/**
 * Text that is printed on an official document (decision, violation record): every character must be one the
 * embedded font can print, left to right, or the 422 names the field and the first character that is not
 * (issue 12 finding 11: emoji, CJK, Thai, Khmer and Arabic vanished from printed names; Hebrew came out reversed).
 * With `each`, every item of a list is checked and the message names the item.
 */
export function PrintableText(options?: ValidationOptions): PropertyDecorator {
  const problem = (value: unknown): string | null => {
    const bad = typeof value === 'string' ? firstUnprintable(value) : null;
    return bad === null ? null : describeUnprintable(bad);
  };
  return (object, propertyName) =>
    registerDecorator({
      name: 'printableText',
      target: object.constructor,
      propertyName: propertyName as string,
      options: {
        message: ({ property, value }: ValidationArguments) => {
          if (!Array.isArray(value)) return `${property} ${problem(value) ?? 'must be printable text'}`;
          const index = value.findIndex((item) => problem(item) !== null);
          return `${property}[${index}] ${problem(value[index]) ?? 'must be printable text'}`;
        },
        ...options,
      },
      validator: { validate: (value: unknown) => problem(value) === null },
    });
}

export const ValidateDate = (opt: Opt = {}) =>
  applyDecorators(...presence(opt), IsCalendarDate(), doc(opt, { type: String, format: 'date' }));

export const ValidateText = (opt: Opt & { max?: number; min?: number } = {}) =>
  applyDecorators(
    ...presence(opt),
    IsString(),
    HasNoNulCharacter(),
    MinLength(opt.min ?? (opt.optional || opt.nullable ? 0 : 1)),
    MaxLength(opt.max ?? 500),
    doc(opt, { type: String, maxLength: opt.max ?? 500 }),
  );

/** Arrays are capped by the validation pipe from their length alone, before any item is looked at (issue 12). */
export const ValidateTextList = (opt: Opt & { max?: number; maxItems?: number } = {}) =>
  applyDecorators(
    ...presence(opt),
    IsArray(),
    ArrayMaxSize(opt.maxItems ?? 50),
    IsString({ each: true }),
    HasNoNulCharacter({ each: true }),
    MinLength(1, { each: true }),
    MaxLength(opt.max ?? 255, { each: true }),
    doc(opt, { type: [String], maxItems: opt.maxItems ?? 50 }),
  );

export const ValidateUuid = (opt: Opt = {}) =>
  applyDecorators(...presence(opt), IsUUID('all'), doc(opt, { type: String, format: 'uuid' }));

export const ValidateEnum = (enumType: Record<string, string>, enumName: string, opt: Opt = {}) =>
  applyDecorators(...presence(opt), IsEnum(enumType), doc(opt, { enum: enumType, enumName }));

export const ValidateBoolean = (opt: Opt = {}) =>
  applyDecorators(...presence(opt), IsBoolean(), doc(opt, { type: Boolean }));

export const ValidateInt = (opt: Opt & { min?: number; max?: number } = {}) =>
  applyDecorators(
    ...presence(opt),
    IsInt(),
    Min(opt.min ?? 0),
    Max(opt.max ?? Number.MAX_SAFE_INTEGER),
    doc(opt, { type: 'integer', minimum: opt.min ?? 0, maximum: opt.max }),
  );

/** Money: a whole number of đồng (VND has no minor unit); never a float. */
export const ValidateVnd = (opt: Opt = {}) =>
  applyDecorators(
    ...presence(opt),
    IsInt(),
    Min(0),
    Max(Number.MAX_SAFE_INTEGER),
    doc(opt, { type: 'integer', minimum: 0, description: opt.description ?? 'Amount in whole VND (đồng)' }),
  );

/** Query-string integers arrive as text: convert strictly, leaving junk for the validator to refuse. */
export const QueryInt = (opt: Opt & { min?: number; max?: number } = {}) =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value)),
    ValidateInt({ ...opt, optional: true }),
  );

export const QueryBoolean = (opt: Opt = {}) =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)),
    ValidateBoolean({ ...opt, optional: true }),
  );

/** One nested DTO, or with `each` an array of them of at most `maxItems` (default 100). */
export const NestedDto = (type: () => new () => object, opt: Opt & { each?: boolean; maxItems?: number } = {}) =>
  applyDecorators(
    ...presence(opt),
    ...(opt.each ? [IsArray() as PropertyDecorator, ArrayMaxSize(opt.maxItems ?? 100) as PropertyDecorator] : []),
    // ValidateNested alone lets an array (or an array of arrays) through where one object is expected.
    IsObject({ each: opt.each ?? false }),
    ValidateNested({ each: opt.each ?? false }),
    Type(type),
    doc(opt, { type: type(), isArray: opt.each, ...(opt.each ? { maxItems: opt.maxItems ?? 100 } : {}) }),
  );
