import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import { AppError } from '@app/common/errors';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { DecisionKind, DecisionStatus } from '@app/decisions/decisions.enums';
import type { PublicVerificationDto } from '@app/decisions/dto/document.dto';
import { normaliseVerificationCode } from '@app/decisions/verification-code';
import { IssuedDecisionRef, standingOf } from '@app/decisions/verification-standing';
import { DocumentKind, DocumentStatus } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';

type Issued = SanctionDecision & { number: string; issuedOn: string; issuedAt: Date };

const isIssued = (d: SanctionDecision | null): d is Issued => d?.status === DecisionStatus.Issued && d.number !== null && d.issuedOn !== null && d.issuedAt !== null;

const ref = (d: Issued): IssuedDecisionRef => ({ kind: d.kind, number: d.number, issuedOn: d.issuedOn, issuedAt: d.issuedAt });

/**
 * Tra cứu quyết định: anyone holding a printed decision checks it against the register with the code under its QR.
 * The answer is deliberately small (kind, number, date, issuing body, subject, total, hash) and says whether the
 * decision still stands: a genuine but annulled decision must never read as valid (issue 12, finding 4). Nothing
 * about the case behind it.
 */
@Injectable()
export class VerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
  ) {}

  async verify(code: string): Promise<PublicVerificationDto> {
    const normalised = normaliseVerificationCode(code);
    const decisions = this.dataSource.getRepository(SanctionDecision);
    // A malformed code and an unknown one answer alike.
    const d = normalised === null ? null : await decisions.findOneBy({ verificationCode: normalised, status: DecisionStatus.Issued });
    if (!isIssued(d) || !d.snapshot) throw AppError.notFound('Decision');
    const printed = d.snapshot.document;

    // The chain: the sanction decision and every issued decision that refers to it.
    const original = d.originalDecisionId === null ? null : await decisions.findOneBy({ id: d.originalDecisionId });
    const rootId = original?.id ?? d.id;
    const others = await decisions.findBy({ originalDecisionId: rootId, status: DecisionStatus.Issued, id: Not(d.id) });
    const later = others.filter(isIssued).filter((x) => d.kind === DecisionKind.Sanction || x.issuedAt > d.issuedAt);
    const { standing, changedBy } = standingOf(d.kind, later.map(ref));

    const doc = await this.documents.latest(DocumentKind.SanctionDecision, d.id);
    return {
      kind: d.kind,
      standing,
      changedBy,
      original: isIssued(original) ? { kind: original.kind, number: original.number, issuedOn: original.issuedOn } : null,
      number: d.number,
      issuedOn: d.issuedOn,
      issuingBody: printed.issuingBody,
      subjectName: printed.subject.kind === 'organisation' ? printed.subject.name : printed.subject.fullName,
      totalFineVnd: d.totalFineVnd ?? 0,
      sha256: doc?.status === DocumentStatus.Ready ? doc.sha256 : null,
    };
  }
}
