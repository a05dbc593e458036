import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import { Page, sortColumn } from '@app/common/paging.dto';
import { likePattern } from '@app/common/search-text';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { EInformationSite } from '@app/registry/entities/e-information-site.entity';
import { LicenceEvent } from '@app/registry/entities/licence-event.entity';
import { Licence } from '@app/registry/entities/licence.entity';
import { PressAgency } from '@app/registry/entities/press-agency.entity';
import { RepresentativeOffice } from '@app/registry/entities/representative-office.entity';
import {
  LicenceAmendDto,
  LicenceCreateDto,
  LicenceDto,
  LicenceEventDto,
  LicenceQueryDto,
  LicenceReinstateDto,
  LicenceRevokeDto,
  LicenceSuspendDto,
} from '@app/registry/licences.dto';
import { withRecordMeta } from '@app/registry/record.dto';
import { LicenceEventKind, LicenceHolderType, LicenceStatus } from '@app/registry/registry.enums';
import { scopeToActor } from '@app/auth/department-scope';
import { compareIsoDates, todayInVietnam } from '@libs/vn';
import { findPage } from '@app/database/pagination';

const HOLDER_ENTITY = {
  [LicenceHolderType.PressAgency]: PressAgency,
  [LicenceHolderType.GeneralSite]: EInformationSite,
  [LicenceHolderType.RepresentativeOffice]: RepresentativeOffice,
} as const;

/** The status on a given day: a lapsed suspension no longer counts, a passed expiry date does. */
export function effectiveStatus(l: Pick<Licence, 'status' | 'suspendedUntil' | 'expiresOn'>, today: string): LicenceStatus {
  if (l.status === LicenceStatus.Revoked) return LicenceStatus.Revoked;
  if (l.status === LicenceStatus.Suspended && (!l.suspendedUntil || compareIsoDates(l.suspendedUntil, today) >= 0)) return LicenceStatus.Suspended;
  if (l.expiresOn && compareIsoDates(l.expiresOn, today) < 0) return LicenceStatus.Expired;
  return LicenceStatus.Active;
}

const EFFECTIVE_STATUS_SQL = `(case when l.status = 'revoked' then 'revoked'
  when l.status = 'suspended' and (l.suspended_until is null or l.suspended_until >= :today::date) then 'suspended'
  when l.expires_on is not null and l.expires_on < :today::date then 'expired' else 'active' end)`;

export const toLicenceDto = (l: Licence, today = todayInVietnam()): LicenceDto => withRecordMeta(l, {
  kind: l.kind,
  holderType: l.holderType,
  holderId: l.holderId,
  number: l.number,
  issuer: l.issuer,
  issuedOn: l.issuedOn,
  expiresOn: l.expiresOn,
  purpose: l.purpose,
  licensedDomains: l.licensedDomains,
  languages: l.languages,
  periodicity: l.periodicity,
  otherParticulars: l.otherParticulars,
  status: l.status,
  effectiveStatus: effectiveStatus(l, today),
  suspendedFrom: l.suspendedFrom,
  suspendedUntil: l.suspendedUntil,
});

const toEventDto = (e: LicenceEvent): LicenceEventDto => ({
  id: e.id,
  kind: e.kind,
  effectiveOn: e.effectiveOn,
  until: e.until,
  reason: e.reason,
  reference: e.reference,
  decisionId: e.decisionId,
  actorId: e.actorId,
  occurredAt: e.occurredAt.toISOString(),
  before: e.before,
  after: e.after,
});

const SORTABLE: Record<string, keyof Licence> = { number: 'number', issuedOn: 'issuedOn', expiresOn: 'expiresOn', createdAt: 'createdAt' };

/** Giấy phép and their history: amendments, suspensions and revocations add events, nothing is deleted. */
@Injectable()
export class LicencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, q: LicenceQueryDto): Promise<Page<LicenceDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const today = todayInVietnam();
    const qb = scopeToActor(this.dataSource.getRepository(Licence).createQueryBuilder('l'), actor, q.departmentId).setParameter('today', today);
    if (q.q) qb.andWhere(`lower(l.number) like :q or lower(l.issuer) like :q`, { q: likePattern(q.q) });
    if (q.kind) qb.andWhere('l.kind = :kind', { kind: q.kind });
    if (q.holderType) qb.andWhere('l.holderType = :holderType', { holderType: q.holderType });
    if (q.holderId) qb.andWhere('l.holderId = :holderId', { holderId: q.holderId });
    if (q.status) qb.andWhere(`${EFFECTIVE_STATUS_SQL} = :status`, { status: q.status });
    if (q.licenceExpiringWithinDays !== undefined) {
      qb.andWhere(`l.expires_on between :today::date and :today::date + :days::int and ${EFFECTIVE_STATUS_SQL} = 'active'`, { days: q.licenceExpiringWithinDays });
    }
    const desc = q.sort?.startsWith('-') ?? false;
    const sortKey = q.sort?.replace(/^-/, '') ?? 'number';
    const field = sortColumn(SORTABLE, sortKey);
    if (!field) throw AppError.field('sort', `sort must be one of: ${Object.keys(SORTABLE).join(', ')}`);
    qb.orderBy(`l.${field}`, desc ? 'DESC' : 'ASC').addOrderBy('l.id', 'ASC');
    const [rows, total] = await findPage(qb, page, pageSize);
    return { items: rows.map((l) => toLicenceDto(l, today)), total, page, pageSize };
  }

  async get(actor: Actor, id: string): Promise<LicenceDto> {
    return toLicenceDto(await this.find(this.dataSource.manager, actor, id));
  }

  async history(actor: Actor, id: string): Promise<LicenceEventDto[]> {
    const licence = await this.find(this.dataSource.manager, actor, id);
    const events = await this.dataSource.getRepository(LicenceEvent).find({ where: { licenceId: licence.id }, order: { occurredAt: 'ASC' } });
    return events.map(toEventDto);
  }

  async create(actor: Actor, dto: LicenceCreateDto): Promise<LicenceDto> {
    if (!actor.departmentId) throw AppError.field('departmentId', 'only department users can add licences');
    if (dto.expiresOn && compareIsoDates(dto.expiresOn, dto.issuedOn) < 0) throw AppError.field('expiresOn', 'expiresOn must not be before issuedOn');
    return this.dataSource.transaction(async (manager) => {
      const holder = await manager.findOne(HOLDER_ENTITY[dto.holderType], { where: { id: dto.holderId, departmentId: actor.departmentId ?? undefined } });
      if (!holder) throw AppError.field('holderId', `no ${dto.holderType} with this id in your department`);
      const repo = manager.getRepository(Licence);
      const licence = await repo.save(repo.create({ ...dto, departmentId: actor.departmentId ?? undefined, status: LicenceStatus.Active }));
      await this.event(manager, actor, licence, LicenceEventKind.Issued, { effectiveOn: dto.issuedOn, reason: 'registered', after: toLicenceDto(licence) });
      return toLicenceDto(licence);
    });
  }

  async amend(actor: Actor, id: string, dto: LicenceAmendDto): Promise<LicenceDto> {
    const { version, reason, reference, ...particulars } = dto;
    return this.change(actor, id, version, LicenceEventKind.Amended, (l) => {
      if (particulars.expiresOn && compareIsoDates(particulars.expiresOn, l.issuedOn) < 0) throw AppError.field('expiresOn', 'expiresOn must not be before issuedOn');
      Object.assign(l, particulars);
      return { effectiveOn: todayInVietnam(), reason, reference };
    });
  }

  async suspend(actor: Actor, id: string, dto: LicenceSuspendDto): Promise<LicenceDto> {
    if (compareIsoDates(dto.until, dto.from) < 0) throw AppError.field('until', 'until must not be before from');
    return this.change(actor, id, dto.version, LicenceEventKind.Suspended, (l) => {
      if (effectiveStatus(l, dto.from) !== LicenceStatus.Active) throw new AppError(ErrorCode.InvalidTransition, `Only an active licence can be suspended (it is ${effectiveStatus(l, dto.from)} on ${dto.from})`);
      Object.assign(l, { status: LicenceStatus.Suspended, suspendedFrom: dto.from, suspendedUntil: dto.until });
      return { effectiveOn: dto.from, until: dto.until, reason: dto.reason, reference: dto.reference };
    });
  }

  async reinstate(actor: Actor, id: string, dto: LicenceReinstateDto): Promise<LicenceDto> {
    return this.change(actor, id, dto.version, LicenceEventKind.Reinstated, (l) => {
      if (l.status !== LicenceStatus.Suspended) throw new AppError(ErrorCode.InvalidTransition, 'Only a suspended licence can be reinstated');
      // Keep the suspension dates: they are history, and the event records the early end.
      l.status = LicenceStatus.Active;
      return { effectiveOn: dto.on, reason: dto.reason };
    });
  }

  async revoke(actor: Actor, id: string, dto: LicenceRevokeDto): Promise<LicenceDto> {
    return this.change(actor, id, dto.version, LicenceEventKind.Revoked, (l) => {
      l.status = LicenceStatus.Revoked;
      return { effectiveOn: dto.on, reason: dto.reason, reference: dto.reference };
    });
  }

  /**
   * Marks active licences whose term ended before `asOf` as expired, with a history event each.
   * Idempotent: a second run finds nothing left to do.
   */
  async expireLapsed(asOf: string = todayInVietnam()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const lapsed = await manager
        .getRepository(Licence)
        .createQueryBuilder('l')
        .where(`l.status = 'active' and l.expires_on < :asOf::date`, { asOf })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const licence of lapsed) {
        const before = toLicenceDto(licence, asOf);
        licence.status = LicenceStatus.Expired;
        const saved = await manager.getRepository(Licence).save(licence);
        await this.event(manager, null, saved, LicenceEventKind.Expired, {
          effectiveOn: licence.expiresOn ?? asOf,
          reason: 'term ended',
          before,
          after: toLicenceDto(saved, asOf),
        });
      }
      return lapsed.length;
    });
  }

  /** One locked read-check-write-event-audit cycle; a revoked licence is frozen. */
  private async change(
    actor: Actor,
    id: string,
    version: number,
    kind: LicenceEventKind,
    apply: (l: Licence) => { effectiveOn: string; until?: string; reason: string; reference?: string },
  ): Promise<LicenceDto> {
    return this.dataSource.transaction(async (manager) => {
      const licence = await this.find(manager, actor, id, true);
      if (licence.version !== version) throw AppError.staleVersion('Licence', version, licence.version);
      if (licence.status === LicenceStatus.Revoked) throw new AppError(ErrorCode.RecordFrozen, 'The licence is revoked; its record can no longer change');
      const before = toLicenceDto(licence);
      const event = apply(licence);
      const saved = await manager.getRepository(Licence).save(licence);
      await this.event(manager, actor, saved, kind, { ...event, before, after: toLicenceDto(saved) });
      return toLicenceDto(saved);
    });
  }

  /** One history event with its audit entry, on the caller's manager (the decisions' suspensions use it too). */
  async event(
    manager: EntityManager,
    actor: Actor | null,
    licence: Licence,
    kind: LicenceEventKind,
    e: { effectiveOn: string; until?: string; reason: string; reference?: string; decisionId?: string; before?: LicenceDto; after: LicenceDto },
  ): Promise<void> {
    await manager.save(
      manager.create(LicenceEvent, {
      licenceId: licence.id,
      departmentId: licence.departmentId,
      kind,
      effectiveOn: e.effectiveOn,
      until: e.until ?? null,
      reason: e.reason,
      reference: e.reference ?? '',
      decisionId: e.decisionId ?? null,
      actorId: actor?.userId ?? null,
      before: (e.before as unknown as Record<string, unknown>) ?? null,
        after: e.after as unknown as Record<string, unknown>,
      }),
    );
    await this.audit.record(manager, actor, {
      action: `licence:${kind}`,
      entityType: 'licence',
      entityId: licence.id,
      departmentId: licence.departmentId,
      before: e.before ?? null,
      after: e.after,
    });
  }

  private async find(manager: EntityManager, actor: Actor, id: string, forUpdate = false): Promise<Licence> {
    const qb = scopeToActor(manager.getRepository(Licence).createQueryBuilder('l'), actor).andWhere('l.id = :id', { id });
    if (forUpdate) qb.setLock('pessimistic_write');
    const licence = await qb.getOne();
    if (!licence) throw AppError.notFound('Licence');
    return licence;
  }
}
