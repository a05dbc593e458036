import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';
import { ValidateTextList } from '@app/common/dto.decorators';
import { normaliseDomain, normaliseSiteAddress } from '@app/registry/domain-names';

/** DTO decorators for lists of domains and site addresses, stored in the normalised form of domain-names.ts (issue 12). */

const normaliseEach = (normalise: (s: string) => string | null) => (value: unknown) =>
  // Text that does not normalise is kept as sent, so the validator refuses it naming the field.
  Array.isArray(value) ? [...new Set(value.map((v: unknown) => (typeof v === 'string' ? (normalise(v) ?? v) : v)))] : value;

const storedFormOf =
  (normalise: (s: string) => string | null, what: string): PropertyDecorator =>
  (object, property) =>
    registerDecorator({
      name: 'isNormalisedAddress',
      target: object.constructor,
      propertyName: property as string,
      options: { each: true, message: `each value in ${String(property)} must be ${what}` },
      validator: { validate: (value: unknown) => typeof value === 'string' && normalise(value) === value },
    });

type ListOptions = { optional?: boolean; description?: string; example?: unknown };

/** Domains (sites, agencies, licences): each stored normalised, duplicates after normalisation dropped. */
export const ValidateDomainList = (opt: ListOptions = {}) =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => normaliseEach(normaliseDomain)(value)),
    ValidateTextList({ ...opt, max: 253 }),
    storedFormOf(normaliseDomain, 'a domain name such as tintuc-example.vn (no path or port)'),
  );

/** Websites and channels (unregistered subjects): a domain, or a domain and a path, its domain part normalised. */
export const ValidateSiteAddressList = (opt: ListOptions = {}) =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => normaliseEach(normaliseSiteAddress)(value)),
    ValidateTextList({ ...opt, max: 500 }),
    storedFormOf(normaliseSiteAddress, 'a domain, or a domain and a path, such as facebook.com/trang-tin (no port)'),
  );
