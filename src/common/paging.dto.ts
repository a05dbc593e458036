import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { QueryInt, ValidateText } from '@app/common/dto.decorators';

/** Common list parameters: text search, pagination and sorting (`sort=name` or `sort=-createdAt`). */
export class ListQueryDto {
  @ValidateText({ optional: true, max: 200, description: 'Text search over names and domains (diacritics optional)' })
  q?: string;

  @QueryInt({ min: 1, max: 100000, description: 'Page number, from 1' })
  page?: number;

  @QueryInt({ min: 1, max: 100, description: 'Rows per page (at most 100)' })
  pageSize?: number;

  @ValidateText({ optional: true, max: 40, description: 'Sort field; prefix with "-" for descending' })
  @Matches(/^-?[a-zA-Z]+$/, { message: 'sort must be a field name, optionally prefixed with "-"' })
  sort?: string;
}

export class PageMetaDto {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The OpenAPI schema of a page of `item`s, named `<Item>Page`. */
export function pageDtoOf<T>(item: new () => T): new () => Page<T> {
  class PageOf extends PageMetaDto {
    @ApiProperty({ type: [item] })
    items!: T[];
  }
  Object.defineProperty(PageOf, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return PageOf;
}

/**
 * The column a `sort` key names in a table of sortable fields, or undefined. Own properties only: "constructor"
 * or "toString" in a query string must be refused as unknown keys, not reach the SQL (found by the fuzz suite).
 */
export const sortColumn = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
