import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '@app/common/errors';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { DecisionStatus } from '@app/decisions/decisions.enums';
import type { PublicVerificationDto } from '@app/decisions/dto/document.dto';
import { normaliseVerificationCode } from '@app/decisions/verification-code';
import { DocumentKind, DocumentStatus } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';

/**
 * Tra cứu quyết định: anyone holding a printed decision checks it against the register with the code under its QR.
 * The answer is deliberately small (number, date, issuing body, subject, total, hash): enough to tell a genuine
 * decision and its untouched PDF, nothing about the case behind it.
 */
@Injectable()
export class VerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
  ) {}

  async verify(code: string): Promise<PublicVerificationDto> {
    const normalised = normaliseVerificationCode(code);
    // A malformed code and an unknown one answer alike.
    const d = normalised === null ? null : await this.dataSource.getRepository(SanctionDecision).findOneBy({ verificationCode: normalised, status: DecisionStatus.Issued });
    if (!d?.snapshot || d.number === null || d.issuedOn === null) throw AppError.notFound('Decision');
    const printed = d.snapshot.document;
    const doc = await this.documents.latest(DocumentKind.SanctionDecision, d.id);
    return {
      number: d.number,
      issuedOn: d.issuedOn,
      issuingBody: printed.issuingBody,
      subjectName: printed.subject.kind === 'organisation' ? printed.subject.name : printed.subject.fullName,
      totalFineVnd: d.totalFineVnd ?? 0,
      sha256: doc?.status === DocumentStatus.Ready ? doc.sha256 : null,
    };
  }
}
