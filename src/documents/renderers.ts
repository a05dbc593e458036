import { DocumentKind } from '@app/documents/document.entity';
import { DecisionDocument, renderDecisionPdf, renderViolationRecordPdf, ViolationRecordDocument } from '@libs/pdf';
import { renderAnnualReportPdf } from '@libs/pdf/report';
import type { AnnualReportDocument } from '@libs/pdf/report-types';
import { renderEnforcementPdf, renderInstalmentPdf, renderPostponementPdf, type EnforcementDocument, type InstalmentDocument, type PostponementDocument } from '@libs/pdf/execution';

/** Kind → libs/pdf renderer. The input was validated and frozen when the document was requested. */
export function renderDocument(kind: DocumentKind, input: Record<string, unknown>): Promise<Buffer> {
  switch (kind) {
    case DocumentKind.SanctionDecision:
      return renderDecisionPdf(input as unknown as DecisionDocument);
    case DocumentKind.ViolationRecord:
      return renderViolationRecordPdf(input as unknown as ViolationRecordDocument);
    case DocumentKind.AnnualReport:
      return renderAnnualReportPdf(input as unknown as AnnualReportDocument);
    case DocumentKind.PostponementDecision:
      return renderPostponementPdf(input as unknown as PostponementDocument);
    case DocumentKind.InstalmentDecision:
      return renderInstalmentPdf(input as unknown as InstalmentDocument);
    case DocumentKind.EnforcementDecision:
      return renderEnforcementPdf(input as unknown as EnforcementDocument);
  }
}
