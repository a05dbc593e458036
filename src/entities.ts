import type { DataSourceOptions } from 'typeorm';
import { baseDataSourceOptions, type ConnectionLimits } from '@app/database/typeorm.options';
import { AuditEvent } from '@app/audit/audit-event.entity';
import { DocumentRecord } from '@app/documents/document.entity';
import { CalendarEntryRecord } from '@app/calendar/calendar-entry.entity';
import { CaseNumberCounter } from '@app/cases/entities/case-number-counter.entity';
import { Evidence } from '@app/cases/entities/evidence.entity';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { Inspection } from '@app/cases/entities/inspection.entity';
import { ViolationRecord } from '@app/cases/entities/violation-record.entity';
import { Violation } from '@app/cases/entities/violation.entity';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { Department } from '@app/departments/department.entity';
import { CatalogueChange } from '@app/legal/catalogue-change.entity';
import { EInformationSite } from '@app/registry/entities/e-information-site.entity';
import { LicenceEvent } from '@app/registry/entities/licence-event.entity';
import { Licence } from '@app/registry/entities/licence.entity';
import { LicenceSuspension } from '@app/registry/entities/licence-suspension.entity';
import { PressAgency } from '@app/registry/entities/press-agency.entity';
import { RepresentativeOffice } from '@app/registry/entities/representative-office.entity';
import { ResidentReporter } from '@app/registry/entities/resident-reporter.entity';
import { UnregisteredSubject } from '@app/registry/entities/unregistered-subject.entity';
import { SanctionDecisionLine } from '@app/decisions/decision-line.entity';
import { BlobRecord } from '@app/storage/blob.entity';
import { DecisionExecution } from '@app/execution/entities/decision-execution.entity';
import { ExecutionFile } from '@app/execution/entities/execution-file.entity';
import { DecisionDelivery, EnforcementDecision, ExecutionComplaint, ExecutionRequest, FinePayment, RemedialCompletion } from '@app/execution/entities/execution-records.entity';
import { ReminderAddress, ReminderDigest } from '@app/execution/entities/reminder-digest.entity';
import { User } from '@app/auth/user.entity';

/** Every entity, listed once: the API, the worker and the migration CLI all use this list. */
export const ENTITIES = [
  BlobRecord,
  Department,
  User,
  AuditEvent,
  PressAgency,
  RepresentativeOffice,
  ResidentReporter,
  EInformationSite,
  Licence,
  LicenceEvent,
  LicenceSuspension,
  UnregisteredSubject,
  CatalogueChange,
  CalendarEntryRecord,
  CaseNumberCounter,
  InspectionCase,
  Inspection,
  Violation,
  Evidence,
  ViolationRecord,
  DocumentRecord,
  SanctionDecision,
  SanctionDecisionLine,
  DecisionExecution,
  ExecutionFile,
  DecisionDelivery,
  FinePayment,
  ExecutionRequest,
  EnforcementDecision,
  ExecutionComplaint,
  RemedialCompletion,
  ReminderDigest,
  ReminderAddress,
];

/** Connection options with every module's entities: for the processes, the CLIs and the tests. */
export const dataSourceOptions = (url: string, poolSize = 10, limits?: ConnectionLimits): DataSourceOptions => baseDataSourceOptions(url, poolSize, ENTITIES, limits);
