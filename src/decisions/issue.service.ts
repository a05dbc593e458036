import { recordDecisionLines } from '@app/decisions/decision-lines';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { assertVersion } from '@app/cases/case-access';
import { stateFacts } from '@app/cases/case-file';
import { CaseFileRepository } from '@app/cases/case-file.repository';
import type { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import type { Violation } from '@app/cases/entities/violation.entity';
import { NumberingRepository } from '@app/cases/numbering.repository';
import { CaseTransitionsService } from '@app/cases/transitions.service';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { DecisionRepository } from '@app/decisions/decision.repository';
import type { ActLine } from '@app/decisions/decision-content';
import { compose, type Composition } from '@app/decisions/decision-composition';
import { decisionDocument, type DecisionDocumentInput } from '@app/decisions/decision-pdf-input';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { verificationUrl } from '@app/decisions/decision-views';
import { AUDIT_DECISION, DecisionKind, DecisionStatus, RefusalCode } from '@app/decisions/decisions.enums';
import { DecisionsService } from '@app/decisions/decisions.service';
import type { DecisionDto } from '@app/decisions/dto/decision.dto';
import { issueRefusals, type RefusalReason } from '@app/decisions/issue-checks';
import { toSanctionSubject } from '@app/cases/subject-identity';
import { newVerificationCode, printedCode } from '@app/decisions/verification-code';
import { DocumentKind, DocumentRecord } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';
import { CatalogueService } from '@app/legal/catalogue.service';
import { ExplanationMode } from '@app/cases/cases.enums';
import { CaseAction, checkTransition, ExplanationOutcome } from '@libs/cases';
import type { ExplanationBasis } from '@libs/legal/legal-bases';
import { DocumentInputError, type DecisionDocument } from '@libs/pdf';
import { validateDecision } from '@libs/pdf/validate';
import { imposedSuspensions } from '@libs/legal/sanctions';
import { subjectHolder } from '@app/decisions/decision-file.repository';
import { LicenceSuspensionsService, type ImposedLicenceSuspension, type ImposingDecision } from '@app/registry/licence-suspensions.service';
import { todayInVietnam } from '@libs/vn';

/** "Số: 05/QĐ-XPHC": numbers below 10 take a leading zero (legal-research §6.4, NĐ 30/2020 Phụ lục I). */
export const decisionNumber = (sequence: number): string => `${String(sequence).padStart(2, '0')}/QĐ-XPHC`;

/** The licence suspensions of the structured list, merged per licence (NĐ 118/2021 Đ9 k2 a), lines not dropped. */
function licenceSuspensions(composition: Composition): ImposedLicenceSuspension[] {
  return imposedSuspensions(composition.measures).flatMap((s) =>
    s.kind === 'licence-suspension' && s.licence !== null && s.months !== null ? [{ licenceNumber: s.licence.number, months: s.months }] : [],
  );
}

/** Problems libs/pdf finds that the per-act reasons already explain (an act without an amount, hence the total). */
const EXPLAINED_BY_ACTS = /^(acts\[\d+\] is a fine without amountVnd|totalFineVnd|sum of fines)/;

interface Draft {
  c: InspectionCase;
  d: SanctionDecision;
  violations: (Violation | undefined)[];
  /** The acts with the officer's choices applied and the structured list they impose. */
  composition: Composition;
  acts: ActLine[];
  record: { number: string; drawnOn: string; explanationMode: ExplanationMode } | null;
  original: SanctionDecision | null;
}

/**
 * Ban hành quyết định: one transaction locks the case and the draft, collects every reason to refuse, and only then
 * takes the next number of the issuing body's year, freezes what is printed, requests the PDF and moves the case to
 * decided. A refusal (or any failure) rolls it all back: no number is used up, nothing is half-written.
 */
@Injectable()
export class DecisionIssueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueService,
    private readonly documents: DocumentsService,
    private readonly transitions: CaseTransitionsService,
    private readonly decisions: DecisionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DecisionRepository,
    private readonly caseFiles: CaseFileRepository,
    private readonly numbering: NumberingRepository,
    private readonly suspensions: LicenceSuspensionsService,
  ) {}

  async issue(actor: Actor, id: string, version: number): Promise<DecisionDto> {
    const { view, doc } = await this.dataSource.transaction(async (manager) => {
      const { c, d } = await this.repository.lockDraft(manager, actor, id);
      assertVersion(d, version, 'Decision');
      const issuedOn = todayInVietnam();
      const draft = await this.load(manager, c, d);
      const reasons = [...(await this.refusals(manager, draft, issuedOn)), ...this.completeness(draft, issuedOn)];
      if (reasons.length > 0) {
        throw new AppError(ErrorCode.LegalRuleViolation, `The decision cannot be issued: ${reasons.map((r) => r.message).join('; ')}`, { reasons });
      }
      return this.freeze(manager, actor, draft, issuedOn);
    });
    // After commit: Redis being down leaves the document pending for the sweeper.
    await this.documents.dispatch(doc);
    return view;
  }

  /**
   * The checklist before issuing: the very checks of issue() on the same locked rows, in a transaction that writes
   * nothing, so what the officer sees is what issuing would say (the locks last only as long as the check).
   */
  async check(actor: Actor, id: string): Promise<{ version: number; checkedAt: string; reasons: RefusalReason[] }> {
    return this.dataSource.transaction(async (manager) => {
      const { c, d } = await this.repository.lockDraft(manager, actor, id);
      const issuedOn = todayInVietnam();
      const draft = await this.load(manager, c, d);
      const reasons = [...(await this.refusals(manager, draft, issuedOn)), ...this.completeness(draft, issuedOn)];
      return { version: d.version, checkedAt: new Date().toISOString(), reasons };
    });
  }

  private async load(manager: EntityManager, c: InspectionCase, d: SanctionDecision): Promise<Draft> {
    const violations = await this.repository.violationsOf(manager, c.id, d.content.violationIds);
    const record = await this.repository.signedRecord(manager, c.id);
    const composition = compose(d.content, violations);
    return {
      c,
      d,
      violations,
      composition,
      acts: composition.actLines,
      record: record?.number ? { number: record.number, drawnOn: record.drawnOn, explanationMode: record.explanationMode } : null,
      original: d.originalDecisionId ? await manager.findOneByOrFail(SanctionDecision, { id: d.originalDecisionId }) : null,
    };
  }

  /** The legal reasons: the case guards, each act's rule, limitation, amount and signer's cap; a correction's original. */
  private async refusals(manager: EntityManager, draft: Draft, issuedOn: string): Promise<RefusalReason[]> {
    const { c, d } = draft;
    const check = checkTransition(CaseAction.Decide, stateFacts(c, await this.caseFiles.load(manager, c.id), issuedOn));
    const reasons = issueRefusals({
      kind: d.kind,
      issuedOn,
      signerTitle: d.content.signer.signerTitle,
      caseGuard: check.allowed ? null : check.missing,
      // Each act as the decision uses it: the officer's choice applied to the frozen worksheet.
      violations: draft.violations.map((v) => {
        const act = v && draft.composition.acts.find((a) => a.violation.id === v.id);
        return v && act ? { worksheet: act.worksheet, limitationLastDay: v.limitationLastDay } : undefined;
      }),
      catalogue: await this.catalogue.current(manager),
      additionalSanctions: draft.composition.unattached.additional,
      remedialMeasures: draft.composition.unattached.remedial,
      staleChoices: draft.violations.map((v) => {
        const stale = v ? draft.composition.acts.find((a) => a.violation.id === v.id)?.staleChoice : null;
        return stale ? stale.chosenAt.slice(0, 10) : null;
      }),
      measures: draft.composition.measures,
    });
    if (d.kind === DecisionKind.Sanction) {
      const problems = await this.suspensions.problems(manager, this.imposing(draft, '', issuedOn), licenceSuspensions(draft.composition));
      reasons.push(...problems.map((p) => ({ code: RefusalCode.LicenceNotInRegistry, message: `measures: ${p.message}` })));
    }
    if (draft.original) {
      const annulled = await manager.exists(SanctionDecision, { where: { originalDecisionId: draft.original.id, kind: DecisionKind.Annul, status: DecisionStatus.Issued } });
      if (annulled) reasons.push({ code: RefusalCode.OriginalNotInForce, message: `Decision ${draft.original.number} has been annulled; it can no longer be amended, corrected or annulled` });
    }
    return reasons;
  }

  /** What the printed form needs (subject identity, payment place, recipients…), as libs/pdf checks it. */
  private completeness(draft: Draft, issuedOn: string): RefusalReason[] {
    const incomplete = (message: string): RefusalReason => ({ code: RefusalCode.DocumentIncomplete, message });
    const { content } = draft.d;
    const reasons: RefusalReason[] = [];
    if (content.effectiveDate !== null && content.effectiveDate < issuedOn) reasons.push(incomplete(`effectiveDate ${content.effectiveDate} is before the issue date ${issuedOn}`));
    // MQĐ02 cites the records of the file: the hearing (LXLVPHC Đ61 k2, form MBB03) and the verification (Đ59, MBB05).
    if (draft.d.kind === DecisionKind.Sanction && this.explanationHeard(draft) && !content.hearingRecord) {
      reasons.push(incomplete('hearingRecord: the explanation was heard in person (LXLVPHC Đ61 k2); give the number and date of the hearing record the căn cứ cite'));
    }
    if (draft.d.kind === DecisionKind.Sanction && draft.c.verificationNeeded && (content.verificationRecords ?? []).length === 0) {
      reasons.push(incomplete('verificationRecords: the case needed verification (LXLVPHC Đ59); give the number and date of the verification record the căn cứ cite'));
    }
    const subject = toSanctionSubject(content.subject);
    if ('missing' in subject) return [...reasons, ...subject.missing.map((f) => incomplete(`${f} is required on the printed decision`))];
    try {
      validateDecision(this.document(draft, issuedOn, '00/QĐ-XPHC', 'XXXXXXXXXX'));
    } catch (e) {
      if (!(e instanceof DocumentInputError)) throw e;
      const explained = draft.violations.length !== draft.acts.length || draft.acts.some((a) => a.mainSanction === null);
      reasons.push(...e.problems.filter((p) => !explained || !EXPLAINED_BY_ACTS.test(p)).map(incomplete));
    }
    return reasons;
  }

  private explanationHeard(draft: Draft): boolean {
    return draft.c.explanationOutcome === ExplanationOutcome.Received && draft.record?.explanationMode === ExplanationMode.Hearing;
  }

  /** The written explanation the case received (LXLVPHC Đ61 k2), cited in the căn cứ. */
  private explanation(draft: Draft, from: string): ExplanationBasis | null {
    const { c } = draft;
    if (c.explanationOutcome !== ExplanationOutcome.Received || this.explanationHeard(draft) || !c.explanationOutcomeOn) return null;
    return { from, receivedOn: c.explanationOutcomeOn };
  }

  private document(draft: Draft, date: string, number: string, code: string): DecisionDocument {
    const subject = toSanctionSubject(draft.d.content.subject);
    if ('missing' in subject) throw new Error('subject checked before the document is built');
    const name = subject.subject.kind === 'organisation' ? subject.subject.name : subject.subject.fullName;
    const input: DecisionDocumentInput = {
      kind: draft.d.kind,
      number,
      date,
      content: draft.d.content,
      subject: subject.subject,
      acts: draft.acts,
      record: draft.record && { number: draft.record.number, drawnOn: draft.record.drawnOn },
      original: draft.original?.number && draft.original.issuedOn ? { number: draft.original.number, date: draft.original.issuedOn } : null,
      verification: { code: printedCode(code), url: verificationUrl(this.config.PUBLIC_BASE_URL, code) },
      measures: draft.composition.measures,
      explanation: this.explanation(draft, name),
    };
    return decisionDocument(input);
  }

  /** The decision as the registry links a suspension to it: takes effect on its effective date, or on signing (MQĐ02 note 16). */
  private imposing(draft: Draft, number: string, issuedOn: string, id = draft.d.id): ImposingDecision {
    return { id, number, departmentId: draft.d.departmentId, holder: subjectHolder(draft.c), effectiveOn: draft.d.content.effectiveDate ?? issuedOn, issuedOn };
  }

  /** Numbers, freezes and records the decision; the counter row stays locked until commit (gapless, no repeats). */
  private async freeze(manager: EntityManager, actor: Actor, draft: Draft, issuedOn: string): Promise<{ view: DecisionDto; doc: DocumentRecord }> {
    const { c, d } = draft;
    const before = await this.decisions.view(manager, d);
    const year = Number(issuedOn.slice(0, 4));
    // NĐ 30/2020 Đ15: numbered per issuing body per calendar year, from 01 on 1 January.
    const sequence = await this.numbering.next(manager, c.departmentId, year, `qd-xphc:${d.issuingBodyCode}`);
    const code = newVerificationCode();
    const document = this.document(draft, issuedOn, decisionNumber(sequence), code);
    validateDecision(document);
    Object.assign(d, {
      status: DecisionStatus.Issued,
      year,
      sequence,
      number: document.number,
      issuedOn,
      issuedAt: new Date(),
      issuedById: actor.userId,
      totalFineVnd: document.totalFineVnd,
      verificationCode: code,
      // The worksheets as the decision used them (choices applied) and the structured list: the reports read both.
      snapshot: {
        document,
        acts: draft.acts,
        worksheets: draft.composition.acts.map((a) => ({ violationId: a.violation.id, worksheet: a.worksheet })),
        measures: draft.composition.measures,
      },
    });
    const saved = await manager.save(d);
    // The reports' normalised lines (one per act, the chain's effective state), in the same transaction.
    await recordDecisionLines(manager, saved.id);
    // Revision 1: an issued decision never changes, so it has one document (a re-render reuses it).
    const doc = await this.documents.request(manager, { departmentId: d.departmentId, kind: DocumentKind.SanctionDecision, subjectId: d.id, revision: 1, input: document });
    // LXLVPHC Đ25 k2: the suspension runs from the day the decision takes effect; the registry carries it out.
    if (d.kind === DecisionKind.Sanction) await this.suspensions.impose(manager, actor, this.imposing(draft, document.number, issuedOn, saved.id), licenceSuspensions(draft.composition));
    if (d.kind === DecisionKind.Annul && draft.original?.number) {
      await this.suspensions.liftAnnulled(manager, actor, { id: draft.original.id, number: draft.original.number }, { id: saved.id, number: document.number, issuedOn });
    }
    if (d.kind === DecisionKind.Sanction) {
      await this.transitions.markDecided(manager, c.id, { ref: document.number, decidedOn: issuedOn }, actor, `decision ${document.number} issued`);
    }
    const view = await this.decisions.view(manager, saved);
    await this.audit.record(manager, actor, { action: 'issue', entityType: AUDIT_DECISION, entityId: d.id, departmentId: d.departmentId, before, after: view });
    return { view, doc };
  }
}
