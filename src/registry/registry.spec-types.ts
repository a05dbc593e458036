import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { LicenceHolderType } from '@app/registry/registry.enums';

/** A registry row: department-scoped, with a folded search column maintained on write. */
export type RegistryEntity = DepartmentRecord & { searchText: string };

/** The common list filters every registry resource accepts, plus its own. */
export interface RegistryListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
  departmentId?: string;
  licenceExpiringWithinDays?: number;
}

/**
 * Describes one registry resource so a single service and controller factory can serve them all:
 * press agencies, representative offices, resident reporters, general sites, unregistered subjects.
 */
export interface RegistryResource<E extends RegistryEntity, R, Q extends RegistryListQuery = RegistryListQuery> {
  entity: new () => E;
  /** Audit entity type and URL segment, e.g. `press-agencies`. */
  path: string;
  auditType: string;
  /** English name for messages ("Press agency not found"). */
  label: string;
  /** API sort names → entity property names. */
  sortable: Record<string, keyof E & string>;
  defaultSort: keyof E & string;
  searchText(e: E): string;
  toDto(e: E): R;
  /** When set, `licenceExpiringWithinDays` finds holders of a licence that expires soon. */
  holderType?: LicenceHolderType;
  applyFilters?(qb: SelectQueryBuilder<E>, query: Q): void;
  /** Cross-record checks before a write, inside its transaction (e.g. links stay in the department). */
  beforeSave?(manager: EntityManager, entity: E): Promise<void>;
}
