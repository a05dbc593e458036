import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { DocumentKind, DocumentRecord, DocumentStatus } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';
import type { ReportDocumentDto } from '@app/reports/dto/report.dto';
import type { AnnualReportPdfRequestDto, AnnualReportQueryDto } from '@app/reports/dto/report-query.dto';
import { departmentOf, scopeOf } from '@app/reports/report-scope';
import { ReportsService } from '@app/reports/reports.service';
import { canonicalJson } from '@libs/pdf/writer';
import { annualReportDocument } from '@libs/reports';
import { todayInVietnam } from '@libs/vn';

/** One document subject per department and year (a UUID derived from both); each request with new figures is a revision. */
export function reportSubjectId(departmentId: string, year: number): string {
  const hex = createHash('sha256').update(`annual-report:${departmentId}:${year}`).digest('hex');
  // RFC 9562 version 8 (custom) with the RFC variant bits.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const downloadLink = (departmentId: string, year: number): string => `/reports/annual/pdf?year=${year}&departmentId=${departmentId}`;

function toDto(d: DocumentRecord, year: number): ReportDocumentDto {
  return {
    id: d.id,
    year,
    departmentId: d.departmentId,
    revision: d.revision,
    status: d.status,
    sha256: d.sha256,
    size: d.size,
    error: d.error,
    requestedAt: d.requestedAt.toISOString(),
    renderedAt: d.renderedAt?.toISOString() ?? null,
    download: downloadLink(d.departmentId, year),
  };
}

/** The printable annual summary through the document pipeline: frozen input now, rendered by the worker. */
@Injectable()
export class ReportDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
  ) {}

  /** A new revision when the figures (or the day) changed since the last request; else the last one (unless it failed). */
  async request(actor: Actor, dto: AnnualReportPdfRequestDto): Promise<ReportDocumentDto> {
    const departmentId = scopeOf(actor, dto.departmentId);
    if (departmentId === null) throw AppError.field('departmentId', 'the printable summary is made for one department: pass departmentId');
    const department = await departmentOf(this.dataSource.manager, departmentId);
    const report = await this.reports.annual(actor, { year: dto.year, departmentId: department.id });
    const input = annualReportDocument(report, department, todayInVietnam());
    const subjectId = reportSubjectId(department.id, dto.year);
    const doc = await this.dataSource.transaction(async (manager) => {
      const last = await manager.findOne(DocumentRecord, {
        where: { kind: DocumentKind.AnnualReport, subjectId },
        order: { revision: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (last && last.status !== DocumentStatus.Failed && canonicalJson(last.input) === canonicalJson(input)) return last;
      const created = await this.documents.request(manager, {
        departmentId: department.id,
        kind: DocumentKind.AnnualReport,
        subjectId,
        revision: (last?.revision ?? 0) + 1,
        input,
      });
      await this.audit.record(manager, actor, {
        action: 'report:pdf-request',
        entityType: 'document',
        entityId: created.id,
        departmentId: department.id,
        after: { kind: created.kind, year: dto.year, revision: created.revision },
      });
      return created;
    });
    // After commit: Redis being down leaves it pending for the sweeper.
    if (doc.status === DocumentStatus.Pending) await this.documents.dispatch(doc);
    return toDto(doc, dto.year);
  }

  async status(actor: Actor, q: AnnualReportQueryDto): Promise<ReportDocumentDto> {
    const { doc, year } = await this.latest(actor, q);
    return toDto(doc, year);
  }

  /** The bytes of the latest revision (409 while it is pending or failed). */
  async download(actor: Actor, q: AnnualReportQueryDto): Promise<{ bytes: Buffer; doc: DocumentRecord; fileName: string }> {
    const { doc, year } = await this.latest(actor, q);
    return { bytes: await this.documents.bytes(doc), doc, fileName: `bao-cao-nam-${year}-r${doc.revision}.pdf` };
  }

  private async latest(actor: Actor, q: AnnualReportQueryDto): Promise<{ doc: DocumentRecord; year: number }> {
    const departmentId = scopeOf(actor, q.departmentId);
    if (departmentId === null) throw AppError.field('departmentId', 'the printable summary is made for one department: pass departmentId');
    const doc = await this.documents.latest(DocumentKind.AnnualReport, reportSubjectId(departmentId, q.year));
    if (!doc) throw AppError.notFound('Annual report PDF (request it first with POST /reports/annual/pdf)');
    return { doc, year: q.year };
  }
}
