import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '@app/common/actor';
import { Role } from '@app/common/role';
import { User } from '@app/auth/user.entity';
import { CalendarService } from '@app/calendar/calendar.service';
import { deadlineFacts } from '@app/cases/case-file';
import { CaseFileRepository } from '@app/cases/case-file.repository';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { Violation } from '@app/cases/entities/violation.entity';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { Department } from '@app/departments/department.entity';
import { DigestMailer } from '@app/execution/digest-mailer';
import { ReminderAddress, ReminderDigest } from '@app/execution/entities/reminder-digest.entity';
import { ExecutionClock } from '@app/execution/execution-clock';
import { ExecutionRepository } from '@app/execution/execution.repository';
import { ExecutionService } from '@app/execution/execution.service';
import type { ReminderAddressDto, TaskDto, TaskListDto } from '@app/execution/dto/tasks.dto';
import { unverifiedVersions } from '@app/legal/effective-catalogue';
import { CatalogueService } from '@app/legal/catalogue.service';
import { CaseStatus, computeDeadlines } from '@libs/cases';
import { addDays } from '@libs/vn';

/** A task and who it is for: the roles of the department, or (for case steps) the case's assigned inspectors. */
interface Addressed {
  task: TaskDto;
  roles: Role[];
  userIds: string[] | null;
}

/** Licences are flagged this many days before they expire (no legal period; the registry's own warning). */
const LICENCE_WARNING_DAYS = 30;

const UNDECIDED = [CaseStatus.Open, CaseStatus.Inspecting, CaseStatus.ViolationsRecorded, CaseStatus.AwaitingExplanation, CaseStatus.ReadyForDecision];

/**
 * Nhắc việc: each user's due and overdue steps (record, explanation, decision, delivery, payment, enforcement, execution
 * time limit, remedial measures, licence expiry, catalogue rows awaiting verification that a draft needs), listed for
 * the caller and sent once a day as an e-mail digest when SMTP is configured.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly execution: ExecutionService,
    private readonly repository: ExecutionRepository,
    private readonly caseFiles: CaseFileRepository,
    private readonly calendars: CalendarService,
    private readonly catalogue: CatalogueService,
    private readonly mailer: DigestMailer,
    private readonly clock: ExecutionClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** GET /me/tasks */
  async forActor(actor: Actor): Promise<TaskListDto> {
    const today = this.clock.today();
    if (!actor.departmentId) return { today, items: [] };
    const all = await this.departmentTasks(this.dataSource.manager, actor.departmentId, today);
    return { today, items: this.addressedTo(all, actor.userId, actor.role) };
  }

  /** PUT /me/reminder-email: where the caller's digest goes. */
  async setAddress(actor: Actor, email: string): Promise<ReminderAddressDto> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ReminderAddress)
      .values({ userId: actor.userId, departmentId: actor.departmentId, email: email.trim() })
      .orUpdate(['email', 'department_id'], ['user_id'])
      .execute();
    return { email: email.trim() };
  }

  /**
   * The daily job: for every department, each active user's items; with SMTP configured, one digest per user and day.
   * A digest row is claimed (unique per user and day) before the send, so a second run the same day sends nothing; a
   * send that fails releases the claim for the next run.
   */
  async sendDigests(asOf = this.clock.today()): Promise<{ users: number; sent: number }> {
    const departments = await this.dataSource.getRepository(Department).find({ select: { id: true } });
    let users = 0;
    let sent = 0;
    for (const dep of departments) {
      // What each decision owes moves with the days (late charge) and with corrections issued elsewhere: refresh the
      // facts the case guards read before reminding anyone.
      for (const d of await this.repository.openDecisions(this.dataSource.manager, [dep.id])) await this.execution.refreshFacts(this.dataSource.manager, d, asOf);
      const all = await this.departmentTasks(this.dataSource.manager, dep.id, asOf);
      const members = await this.dataSource.getRepository(User).find({ where: { departmentId: dep.id, active: true } });
      const addresses = await this.dataSource.getRepository(ReminderAddress).find({ where: { userId: In(members.map((m) => m.id)) } });
      for (const user of members) {
        const items = this.addressedTo(all, user.id, user.role);
        if (items.length === 0) continue;
        users++;
        const to = addresses.find((a) => a.userId === user.id)?.email;
        if (!this.config.SMTP_URL || !to) continue;
        if (await this.sendOne(user, to, dep.id, asOf, items)) sent++;
      }
    }
    return { users, sent };
  }

  private async sendOne(user: User, to: string, departmentId: string, day: string, items: TaskDto[]): Promise<boolean> {
    const claim = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ReminderDigest)
      .values({ userId: user.id, departmentId, day, itemCount: items.length })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (claim.raw as { id: string }[])[0]?.id;
    if (!id) return false;
    try {
      const messageId = await this.mailer.send(to, user.fullName, day, items);
      await this.dataSource.getRepository(ReminderDigest).update({ id }, { sentAt: new Date(), messageId });
      return true;
    } catch (e) {
      await this.dataSource.getRepository(ReminderDigest).delete({ id });
      this.logger.warn({ userId: user.id, err: e instanceof Error ? e.message : String(e) }, 'reminder digest not sent; the next run tries again');
      return false;
    }
  }

  private addressedTo(all: Addressed[], userId: string, role: Role): TaskDto[] {
    return all
      .filter((a) => (a.userIds !== null ? a.userIds.includes(userId) : a.roles.includes(role)))
      .map((a) => a.task)
      .sort((x, y) => (x.status === y.status ? (x.dueOn ?? '') < (y.dueOn ?? '') ? -1 : 1 : x.status === 'overdue' ? -1 : 1));
  }

  /** Every task of the department on `today`, addressed. */
  async departmentTasks(manager: EntityManager, departmentId: string, today: string): Promise<Addressed[]> {
    const soon = addDays(today, this.config.REMINDER_DUE_WITHIN_DAYS);
    const out: Addressed[] = [];
    const statusOf = (dueOn: string | null): 'due' | 'overdue' | null => (dueOn === null ? null : dueOn < today ? 'overdue' : dueOn <= soon ? 'due' : null);
    const legal = { roles: [Role.LegalOfficer], userIds: null };

    // Case steps before the decision (NĐ 118/2021 Đ12 k2; LXLVPHC Đ61, Đ66).
    const cases = await manager.find(InspectionCase, { where: { departmentId, status: In(UNDECIDED) } });
    const files = await this.caseFiles.loadMany(manager, cases.map((c) => c.id));
    const calendar = await this.calendars.workingDayCalendar(manager);
    for (const c of cases) {
      const file = files.get(c.id);
      if (!file) continue;
      for (const d of computeDeadlines(deadlineFacts(c, file), calendar, today)) {
        if (d.key !== 'record' && d.key !== 'explanation' && d.key !== 'decision') continue;
        const status = d.status === 'overdue' ? 'overdue' : d.status === 'pending' ? statusOf(d.dueOn) : null;
        if (!status) continue;
        const audience = d.key === 'decision' ? legal : { roles: [Role.Inspector], userIds: c.assignedInspectorIds.length > 0 ? c.assignedInspectorIds : null };
        out.push({ ...audience, task: { kind: d.key, status, dueOn: d.dueOn, title: `${d.labelVi} — hồ sơ ${c.number}`, detail: d.how, citation: d.citation, caseId: c.id, decisionId: null, licenceId: null } });
      }
    }

    // The decision's life after issue (LXLVPHC Đ70, Đ73, Đ74, Đ85).
    for (const d of await this.repository.openDecisions(manager, [departmentId])) {
      const s = (await this.execution.context(manager, d, today)).state;
      if (s.annulledBy) continue;
      const task = (kind: TaskDto['kind'], status: 'due' | 'overdue', dueOn: string | null, title: string, detail: string, citation: string) =>
        out.push({ ...legal, task: { kind, status, dueOn, title: `${title} — quyết định ${d.number}`, detail, citation, caseId: d.caseId, decisionId: d.id, licenceId: null } });
      if (s.delivery.deliveredOn === null) {
        const status = s.delivery.status === 'overdue' ? 'overdue' : statusOf(s.delivery.deadline.dueOn);
        if (status) task('delivery', status, s.delivery.deadline.dueOn, 'Gửi quyết định xử phạt', s.delivery.deadline.how, s.delivery.deadline.citation);
      }
      if (!s.facts.paidInFull && !s.facts.enforced && !s.executionSuspended) {
        const lastDue = s.payment.dues.map((x) => x.dueOn).sort().at(-1) ?? null;
        const overdueDue = s.payment.dues.find((x) => x.dueOn < today);
        const status = overdueDue && s.payment.lateCharge.fineOutstandingVnd > 0 ? 'overdue' : statusOf(s.payment.dues.find((x) => x.dueOn >= today)?.dueOn ?? null);
        if (status) task('payment', status, overdueDue?.dueOn ?? lastDue, 'Nộp tiền phạt', `còn phải nộp ${s.payment.lateCharge.balanceVnd} đồng (kể cả tiền chậm nộp)`, 'LXLVPHC Đ73 k1, Đ78 k1');
      }
      if (s.enforcementDue) task('enforcement', 'overdue', null, 'Cưỡng chế thi hành quyết định', s.enforcementReason ?? '', 'LXLVPHC Đ85 k1, Đ86');
      if (s.executionLimit.status === 'expiring' || s.executionLimit.status === 'passed') {
        task('execution_limit', s.executionLimit.status === 'passed' ? 'overdue' : 'due', s.executionLimit.limit.dueOn, 'Thời hiệu thi hành quyết định', s.executionLimit.limit.how, s.executionLimit.limit.citation);
      }
      for (const r of s.remedial) {
        const status = r.status === 'overdue' ? 'overdue' : r.doneOn === null ? statusOf(r.dueOn) : null;
        if (status) task('remedial', status, r.dueOn, 'Biện pháp khắc phục hậu quả', r.description, 'LXLVPHC Đ85');
      }
    }

    // Licences of the registry about to expire (inspectors keep the registry).
    const licences: { id: string; number: string; expires_on: string }[] = await manager.query(
      `select id, number, to_char(expires_on, 'YYYY-MM-DD') as expires_on from licences
        where department_id = $1 and status = 'active' and expires_on between $2::date and $2::date + $3::int`,
      [departmentId, today, LICENCE_WARNING_DAYS],
    );
    for (const l of licences) {
      out.push({ roles: [Role.Inspector], userIds: null, task: { kind: 'licence_expiry', status: 'due', dueOn: l.expires_on, title: `Giấy phép ${l.number} hết hạn`, detail: `expires on ${l.expires_on}`, citation: 'Luật Báo chí 2016 Đ18', caseId: null, decisionId: null, licenceId: l.id } });
    }

    // Catalogue rows a draft decision needs and a legal officer must verify first.
    const drafts = await this.repository.draftDecisions(manager, [departmentId]);
    if (drafts.length > 0) {
      const catalogue = await this.catalogue.current(manager);
      const violations = await manager.find(Violation, { where: { id: In(drafts.flatMap((d) => d.content.violationIds)) } });
      for (const draft of drafts) {
        const codes = new Set<string>();
        for (const v of violations.filter((x) => draft.content.violationIds.includes(x.id))) for (const u of unverifiedVersions(catalogue, v.worksheet)) codes.add(`${u.code} (${u.effectiveFrom})`);
        if (codes.size === 0) continue;
        out.push({ ...legal, task: { kind: 'catalogue_verification', status: 'due', dueOn: null, title: 'Xác minh dòng danh mục trước khi ban hành quyết định', detail: [...codes].join(', '), citation: 'NĐ 118/2021 Đ7', caseId: draft.caseId, decisionId: draft.id, licenceId: null } });
      }
    }
    return out;
  }
}
