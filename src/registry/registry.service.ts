import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '@app/common/errors';
import { Page, sortColumn } from '@app/common/paging.dto';
import { likePattern } from '@app/common/search-text';
import type { Actor } from '@app/common/actor';
import { scopeToActor } from '@app/auth/department-scope';
import { AuditService } from '@app/audit/audit.service';
import { domainQuery } from '@app/registry/domain-names';
import { RegistryEntity, RegistryListQuery, RegistryResource } from '@app/registry/registry.spec-types';
import { todayInVietnam } from '@libs/vn';
import { findPage } from '@app/database/pagination';

type Fields<E> = Partial<Omit<E, 'id' | 'departmentId' | 'createdAt' | 'updatedAt' | 'version' | 'searchText'>>;

@Injectable()
export class RegistryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list<E extends RegistryEntity, R, Q extends RegistryListQuery>(res: RegistryResource<E, R, Q>, actor: Actor, query: Q): Promise<Page<R>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = scopeToActor(this.dataSource.getRepository(res.entity).createQueryBuilder('e'), actor, query.departmentId);
    if (query.q) {
      // A domain in any of its forms (Unicode, punycode, full-width) also matches its stored ASCII form.
      const domain = domainQuery(query.q);
      if (domain) qb.andWhere('(e.searchText like :q or e.searchText like :domain)', { q: likePattern(query.q), domain: likePattern(domain) });
      else qb.andWhere('e.searchText like :q', { q: likePattern(query.q) });
    }
    if (query.licenceExpiringWithinDays !== undefined && res.holderType) {
      qb.andWhere(
        `exists (select 1 from licences l where l.holder_type = :holderType and l.holder_id = e.id
                 and l.status = 'active' and l.expires_on between :today::date and :today::date + :days::int)`,
        { holderType: res.holderType, today: todayInVietnam(), days: query.licenceExpiringWithinDays },
      );
    }
    res.applyFilters?.(qb, query);
    const [field, dir] = this.sortOf(res, query.sort);
    qb.orderBy(`e.${field}`, dir).addOrderBy('e.id', 'ASC');
    const [rows, total] = await findPage(qb, page, pageSize);
    return { items: rows.map((r) => res.toDto(r)), total, page, pageSize };
  }

  async get<E extends RegistryEntity, R>(res: RegistryResource<E, R, never>, actor: Actor, id: string): Promise<R> {
    return res.toDto(await this.find(this.dataSource.manager, res, actor, id));
  }

  async create<E extends RegistryEntity, R>(res: RegistryResource<E, R, never>, actor: Actor, fields: Fields<E>): Promise<R> {
    if (!actor.departmentId) throw AppError.field('departmentId', 'only department users can add registry records');
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(res.entity);
      const entity = repo.create({ ...fields, departmentId: actor.departmentId } as unknown as E);
      entity.searchText = res.searchText(entity);
      await res.beforeSave?.(manager, entity);
      const saved = await repo.save(entity);
      await this.audit.record(manager, actor, { action: 'create', entityType: res.auditType, entityId: saved.id, after: res.toDto(saved) as object });
      return res.toDto(saved);
    });
  }

  async update<E extends RegistryEntity, R>(res: RegistryResource<E, R, never>, actor: Actor, id: string, version: number, changes: Fields<E>): Promise<R> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.find(manager, res, actor, id, true);
      if (entity.version !== version) throw AppError.staleVersion(res.label, version, entity.version);
      const before = res.toDto(entity);
      Object.assign(entity, changes);
      entity.searchText = res.searchText(entity);
      await res.beforeSave?.(manager, entity);
      const saved = await manager.getRepository(res.entity).save(entity);
      await this.audit.record(manager, actor, { action: 'update', entityType: res.auditType, entityId: id, before: before as object, after: res.toDto(saved) as object });
      return res.toDto(saved);
    });
  }

  /** Another department's record answers exactly like a missing one: 404, nothing revealed. */
  async find<E extends RegistryEntity>(manager: EntityManager, res: RegistryResource<E, unknown, never>, actor: Actor, id: string, forUpdate = false): Promise<E> {
    const qb = scopeToActor(manager.getRepository(res.entity).createQueryBuilder('e'), actor).andWhere('e.id = :id', { id });
    if (forUpdate) qb.setLock('pessimistic_write');
    const entity = await qb.getOne();
    if (!entity) throw AppError.notFound(res.label);
    return entity;
  }

  private sortOf<E extends RegistryEntity>(res: RegistryResource<E, unknown, never>, sort?: string): [string, 'ASC' | 'DESC'] {
    if (!sort) return [res.defaultSort, 'ASC'];
    const desc = sort.startsWith('-');
    const field = sortColumn(res.sortable, desc ? sort.slice(1) : sort);
    if (!field) throw AppError.field('sort', `sort must be one of: ${Object.keys(res.sortable).join(', ')} (prefix "-" for descending)`);
    return [field, desc ? 'DESC' : 'ASC'];
  }
}
