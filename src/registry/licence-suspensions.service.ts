import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '@app/common/actor';
import { Licence } from '@app/registry/entities/licence.entity';
import { LicenceSuspension } from '@app/registry/entities/licence-suspension.entity';
import { LicencesService, toLicenceDto } from '@app/registry/licences.service';
import { LicenceEventKind, LicenceHolderType, LicenceStatus, LicenceSuspensionStatus } from '@app/registry/registry.enums';
import { suspensionPeriod } from '@libs/legal/execution';
import { addDays, compareIsoDates } from '@libs/vn';

/** A suspension an issued decision imposes on a licence, named as the decision prints it. */
export interface ImposedLicenceSuspension {
  licenceNumber: string;
  months: number;
}

/** The decision imposing it, as the registry links it. */
export interface ImposingDecision {
  id: string;
  number: string;
  departmentId: string;
  /** The case subject when it is a registry holder: its licence is the one meant. */
  holder: { type: LicenceHolderType; id: string } | null;
  /** The day the decision takes effect (its effective date, or the issue date when it takes effect on signing). */
  effectiveOn: string;
  issuedOn: string;
}

/** What the registry cannot carry out; the decision is not issued while any is left. */
export interface SuspensionProblem {
  licenceNumber: string;
  message: string;
}

/**
 * The licence suspensions sanction decisions impose (LXLVPHC Đ25 k2), carried out on the registry's licences: recorded
 * when the decision is issued (on its transaction), started and ended by the nightly sweep, lifted by an annulment.
 * Every step writes the licence's history, linked to the decision.
 */
@Injectable()
export class LicenceSuspensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly licences: LicencesService,
  ) {}

  /** The registry's licence each suspension concerns, or why it cannot be carried out. */
  async problems(manager: EntityManager, d: ImposingDecision, imposed: readonly ImposedLicenceSuspension[]): Promise<SuspensionProblem[]> {
    const problems: SuspensionProblem[] = [];
    for (const s of imposed) {
      const found = await this.licenceFor(manager, d, s.licenceNumber);
      if ('problem' in found) problems.push({ licenceNumber: s.licenceNumber, message: found.problem });
    }
    return problems;
  }

  /**
   * Records each suspension linked to the decision, with its days (LXLVPHC Đ25 k2), and suspends the licence at once
   * when its first day has come; a later first day is left to the nightly sweep. Call after `problems` found none.
   */
  async impose(manager: EntityManager, actor: Actor, d: ImposingDecision, imposed: readonly ImposedLicenceSuspension[]): Promise<void> {
    for (const s of imposed) {
      const found = await this.licenceFor(manager, d, s.licenceNumber, true);
      if ('problem' in found) throw new Error(`licence ${s.licenceNumber}: ${found.problem}`);
      const licence = found.licence;
      const period = suspensionPeriod(d.effectiveOn, s.months);
      const started = compareIsoDates(period.from, d.issuedOn) <= 0;
      await manager.save(
        manager.create(LicenceSuspension, {
          departmentId: d.departmentId,
          licenceId: licence.id,
          decisionId: d.id,
          decisionNumber: d.number,
          months: s.months,
          fromOn: period.from,
          toOn: period.to,
          status: started ? LicenceSuspensionStatus.Running : LicenceSuspensionStatus.Imposed,
        }),
      );
      const before = toLicenceDto(licence, d.issuedOn);
      if (started) await this.suspendLicence(manager, licence, period.from, period.to);
      await this.licences.event(manager, actor, licence, LicenceEventKind.Suspended, {
        effectiveOn: period.from,
        until: period.to,
        reason: `decision ${d.number} imposes a ${s.months}-month suspension (${period.citation}): ${period.how}`,
        reference: d.number,
        decisionId: d.id,
        before,
        after: toLicenceDto(licence, d.issuedOn),
      });
    }
  }

  /** Lifts what the annulled decision imposed: a suspension not yet served ends on the annulment's issue day. */
  async liftAnnulled(manager: EntityManager, actor: Actor, annulled: { id: string; number: string }, annulling: { id: string; number: string; issuedOn: string }): Promise<number> {
    const open = await manager.find(LicenceSuspension, {
      where: { decisionId: annulled.id, status: In([LicenceSuspensionStatus.Imposed, LicenceSuspensionStatus.Running]) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const s of open) {
      const licence = await manager.findOneOrFail(Licence, { where: { id: s.licenceId }, lock: { mode: 'pessimistic_write' } });
      const before = toLicenceDto(licence, annulling.issuedOn);
      const wasRunning = s.status === LicenceSuspensionStatus.Running;
      Object.assign(s, { status: LicenceSuspensionStatus.Lifted, liftedOn: annulling.issuedOn, liftedByDecisionId: annulling.id, liftedByNumber: annulling.number });
      await manager.save(s);
      if (wasRunning) await this.reinstateLicence(manager, licence, s);
      await this.licences.event(manager, actor, licence, LicenceEventKind.SuspensionLifted, {
        effectiveOn: annulling.issuedOn,
        until: s.toOn,
        reason: `decision ${annulled.number} was annulled by decision ${annulling.number}: its suspension (${s.fromOn} to ${s.toOn}) no longer applies`,
        reference: annulling.number,
        decisionId: annulling.id,
        before,
        after: toLicenceDto(licence, annulling.issuedOn),
      });
    }
    return open.length;
  }

  /**
   * Nightly: starts the suspensions whose first day has come by `asOf` and reinstates the licences whose suspension's
   * last day has passed, each with its history event. Idempotent: a second run finds nothing left to do.
   */
  async sweep(asOf: string): Promise<{ started: number; served: number }> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .getRepository(LicenceSuspension)
        .createQueryBuilder('s')
        .where(`(s.status = 'imposed' and s.from_on <= :asOf::date) or (s.status = 'running' and s.to_on < :asOf::date)`, { asOf })
        .orderBy('s.from_on', 'ASC')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let started = 0;
      let served = 0;
      for (const s of due) {
        const licence = await manager.findOneOrFail(Licence, { where: { id: s.licenceId }, lock: { mode: 'pessimistic_write' } });
        if (s.status === LicenceSuspensionStatus.Imposed) {
          const before = toLicenceDto(licence, asOf);
          s.status = LicenceSuspensionStatus.Running;
          await manager.save(s);
          await this.suspendLicence(manager, licence, s.fromOn, s.toOn);
          await this.licences.event(manager, null, licence, LicenceEventKind.SuspensionStarted, {
            effectiveOn: s.fromOn,
            until: s.toOn,
            reason: `first day of the suspension decision ${s.decisionNumber} imposes (LXLVPHC Đ25 k2)`,
            reference: s.decisionNumber,
            decisionId: s.decisionId,
            before,
            after: toLicenceDto(licence, asOf),
          });
          started++;
        }
        if (compareIsoDates(s.toOn, asOf) < 0) {
          const before = toLicenceDto(licence, asOf);
          s.status = LicenceSuspensionStatus.Served;
          await manager.save(s);
          await this.reinstateLicence(manager, licence, s);
          await this.licences.event(manager, null, licence, LicenceEventKind.Reinstated, {
            effectiveOn: addDays(s.toOn, 1),
            reason: `the suspension decision ${s.decisionNumber} imposed was served (${s.fromOn} to ${s.toOn})`,
            reference: s.decisionNumber,
            decisionId: s.decisionId,
            before,
            after: toLicenceDto(licence, asOf),
          });
          served++;
        }
      }
      return { started, served };
    });
  }

  /** A revoked licence stays revoked (its record is frozen); otherwise it is suspended for these days. */
  private async suspendLicence(manager: EntityManager, licence: Licence, from: string, to: string): Promise<void> {
    if (licence.status === LicenceStatus.Revoked) return;
    Object.assign(licence, { status: LicenceStatus.Suspended, suspendedFrom: from, suspendedUntil: to });
    await manager.save(licence);
  }

  /** Active again, unless another suspension of a decision still runs on it (or it was revoked meanwhile). */
  private async reinstateLicence(manager: EntityManager, licence: Licence, ended: LicenceSuspension): Promise<void> {
    if (licence.status !== LicenceStatus.Suspended) return;
    const other = await manager.findOne(LicenceSuspension, { where: { licenceId: licence.id, status: LicenceSuspensionStatus.Running } });
    if (other && other.id !== ended.id) {
      Object.assign(licence, { suspendedFrom: other.fromOn, suspendedUntil: other.toOn });
    } else {
      licence.status = LicenceStatus.Active;
    }
    await manager.save(licence);
  }

  /** The licence by its number in the department, the subject's own when the subject is a registry holder. */
  private async licenceFor(manager: EntityManager, d: ImposingDecision, number: string, forUpdate = false): Promise<{ licence: Licence } | { problem: string }> {
    const qb = manager.getRepository(Licence).createQueryBuilder('l').where('l.departmentId = :dep and l.number = :number', { dep: d.departmentId, number });
    if (d.holder) qb.andWhere('l.holderType = :type and l.holderId = :holder', { type: d.holder.type, holder: d.holder.id });
    if (forUpdate) qb.setLock('pessimistic_write');
    const found = await qb.getMany();
    const whose = d.holder ? 'held by the decision\'s subject ' : '';
    if (found.length === 0) return { problem: `licence số ${number} is not ${whose}in the department's registry: register it, so the suspension can be carried out there (LXLVPHC Đ25 k2)` };
    if (found.length > 1) return { problem: `several licences số ${number} are in the department's registry: the suspension cannot name one` };
    if (found[0].status === LicenceStatus.Revoked) return { problem: `licence số ${number} is revoked in the registry: it cannot be suspended` };
    return { licence: found[0] };
  }
}
