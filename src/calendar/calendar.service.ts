import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { CalendarEntryRecord } from '@app/calendar/calendar-entry.entity';
import { CalendarEntryCreateDto, CalendarEntryDto, CalendarYearDto } from '@app/calendar/calendar.dto';
import { assertValidCalendarEntry, CalendarEntry, todayInVietnam, WorkingDayCalendar } from '@libs/vn';

const toDto = (e: CalendarEntryRecord): CalendarEntryDto => ({
  id: e.id,
  date: e.date,
  kind: e.kind,
  nameVi: e.nameVi,
  nameEn: e.nameEn,
  source: e.source,
});

const AUDIT_TYPE = 'calendar_entry';

/**
 * Lịch nghỉ lễ, tết: one national calendar (holidays are set by the Labour Code and the Prime Minister for the
 * whole country), kept in a table so admins can add the substitute and bridging days as they are announced.
 * Any department's admin may edit it; every change is audited with who made it.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The working-day calendar built from the table; a year without any entry is not covered and refuses counting. */
  async workingDayCalendar(manager: EntityManager = this.dataSource.manager): Promise<WorkingDayCalendar> {
    // Every case view needs the calendar: rebuild it only when the table changed (entries are only added or
    // removed, so the count and the newest creation time identify its content). One tiny query per call.
    // Outside a transaction, trust a fingerprint checked within the last second (edits from another process show
    // within a second); inside one, always check, so a transaction sees its own edits.
    const inTransaction = manager.queryRunner?.isTransactionActive === true;
    if (!inTransaction && this.cached && Date.now() - this.cached.checkedAt < 1_000) return this.cached.calendar;
    const [{ fingerprint }]: { fingerprint: string }[] = await manager.query(
      `select count(*)::text || ':' || coalesce(max(created_at)::text, '') as fingerprint from calendar_entries`,
    );
    if (this.cached?.fingerprint === fingerprint) {
      if (!inTransaction) this.cached.checkedAt = Date.now();
      return this.cached.calendar;
    }
    const rows = await manager.getRepository(CalendarEntryRecord).find({ order: { date: 'ASC' } });
    const entries: CalendarEntry[] = rows.map((r) => ({
      date: r.date,
      kind: r.kind,
      nameVi: r.nameVi,
      nameEn: r.nameEn,
      source: r.source,
    }));
    const calendar = new WorkingDayCalendar(entries);
    this.cached = { fingerprint, calendar, checkedAt: inTransaction ? 0 : Date.now() };
    return calendar;
  }

  private cached?: { fingerprint: string; calendar: WorkingDayCalendar; checkedAt: number };

  async year(year = Number(todayInVietnam().slice(0, 4))): Promise<CalendarYearDto> {
    const rows = await this.dataSource
      .getRepository(CalendarEntryRecord)
      .createQueryBuilder('e')
      .where(`extract(year from e.date) = :year`, { year })
      .orderBy('e.date', 'ASC')
      .getMany();
    return { year, covered: rows.length > 0, entries: rows.map(toDto) };
  }

  async add(actor: Actor, dto: CalendarEntryCreateDto): Promise<CalendarEntryDto> {
    const entry: CalendarEntry = {
      date: dto.date,
      kind: dto.kind,
      nameVi: dto.nameVi.trim(),
      nameEn: dto.nameEn?.trim() ?? '',
      source: dto.source.trim(),
    };
    try {
      assertValidCalendarEntry(entry, 'entry');
    } catch (e) {
      // e.g. a make-up working day on a weekday, a bridging day on a Sunday, a blank name.
      const message = e instanceof Error ? e.message.replace(/^entry: /, '') : String(e);
      throw AppError.field(/^nameVi/.test(message) ? 'nameVi' : /^source/.test(message) ? 'source' : 'date', message);
    }
    this.cached = undefined;
    return this.dataSource
      .transaction(async (manager) => {
        // One entry per day (the unique index backs this up against a concurrent insert).
        const existing = await manager.getRepository(CalendarEntryRecord).findOne({ where: { date: dto.date } });
        if (existing)
          {throw new AppError(ErrorCode.Conflict, `${dto.date} already has "${existing.nameVi}" (${existing.kind}); remove it first`);}
        const saved = await manager.getRepository(CalendarEntryRecord).save(manager.create(CalendarEntryRecord, entry));
        await this.audit.record(manager, actor, { action: 'create', entityType: AUDIT_TYPE, entityId: saved.id, after: toDto(saved) });
        return toDto(saved);
      })
      .finally(() => (this.cached = undefined));
  }

  async remove(actor: Actor, id: string): Promise<CalendarEntryDto> {
    this.cached = undefined;
    return this.dataSource
      .transaction(async (manager) => {
        const found = await manager.getRepository(CalendarEntryRecord).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!found) throw AppError.notFound('Calendar entry');
        const before = toDto(found);
        await manager.getRepository(CalendarEntryRecord).delete({ id });
        await this.audit.record(manager, actor, { action: 'delete', entityType: AUDIT_TYPE, entityId: id, before });
        return before;
      })
      .finally(() => (this.cached = undefined));
  }
}
