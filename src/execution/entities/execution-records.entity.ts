import { Column, Entity, Index } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { bigintVnd } from '@app/database/transformers';
import {
  ComplaintKind,
  ComplaintOutcome,
  DeliveryMethod,
  EnforcementMeasureKind,
  ExecutionRequestKind,
  ExecutionRequestStatus,
  PaymentChannel,
} from '@app/execution/execution.enums';
import type { ExecutionSigner } from '@app/execution/execution-signer';

/** Gửi, giao quyết định xử phạt (LXLVPHC Đ70): how, when, proof, or the refusal to receive it (MBB06). */
@Entity('decision_deliveries')
@Index('ix_decision_deliveries_decision', ['decisionId'])
export class DecisionDelivery extends DepartmentRecord {
  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'enum', enum: DeliveryMethod, enumName: 'delivery_method' })
  method!: DeliveryMethod;

  /** The day it was handed over, posted, sent electronically or by post. */
  @Column({ type: 'date' })
  sentOn!: string;

  /** The day the offender received it (starts the 10 days of LXLVPHC Đ73 k1); null until known. */
  @Column({ type: 'date', nullable: true })
  receivedOn!: string | null;

  @Column({ type: 'text', default: '' })
  recipient!: string;

  /** The offender refused to receive it; a record of the refusal (MBB06) was drawn. */
  @Column({ type: 'boolean', default: false })
  refused!: boolean;

  @Column({ type: 'varchar', length: 64, nullable: true })
  refusalRecordNumber!: string | null;

  @Column({ type: 'uuid', nullable: true })
  proofFileId!: string | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'uuid' })
  recordedById!: string;
}

/** Một lần nộp tiền phạt (NĐ 118/2021 Đ20, Đ21): amount, day, channel and the receipt. */
@Entity('fine_payments')
@Index('ix_fine_payments_decision', ['decisionId', 'paidOn'])
export class FinePayment extends DepartmentRecord {
  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'bigint', transformer: bigintVnd })
  amountVnd!: number;

  @Column({ type: 'date' })
  paidOn!: string;

  @Column({ type: 'enum', enum: PaymentChannel, enumName: 'payment_channel' })
  channel!: PaymentChannel;

  /** Số biên lai / chứng từ nộp tiền (NĐ 118/2021 Đ21 k2). */
  @Column({ type: 'varchar', length: 64 })
  receiptNumber!: string;

  @Column({ type: 'uuid', nullable: true })
  receiptFileId!: string | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'uuid' })
  recordedById!: string;
}

/** Đơn đề nghị hoãn thi hành (LXLVPHC Đ76) or nộp tiền phạt nhiều lần (LXLVPHC Đ79), and the decision on it. */
@Entity('execution_requests')
@Index('ix_execution_requests_decision', ['decisionId'])
export class ExecutionRequest extends DepartmentRecord {
  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'enum', enum: ExecutionRequestKind, enumName: 'execution_request_kind' })
  kind!: ExecutionRequestKind;

  /** The day the written request reached the department: from then, days are not counted late (NĐ 118/2021 Đ20 k4). */
  @Column({ type: 'date' })
  receivedOn!: string;

  /** The date the request bears (printed in the decision's "Xét Đơn đề nghị … ngày …"). */
  @Column({ type: 'date' })
  requestDate!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** Who confirmed the hardship (UBND cấp xã, the employer, the tax office…). */
  @Column({ type: 'text' })
  hardshipConfirmedBy!: string;

  @Column({ type: 'uuid', nullable: true })
  requestFileId!: string | null;

  @Column({ type: 'enum', enum: ExecutionRequestStatus, enumName: 'execution_request_status', default: ExecutionRequestStatus.Pending })
  status!: ExecutionRequestStatus;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  /** "NN/QĐ-HQĐPT" (MQĐ03) or "NN/QĐ-NPNL" (MQĐ05) when granted. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  refusalReason!: string | null;

  @Column({ type: 'date', nullable: true })
  postponedUntil!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  instalments!: { amountVnd: number; dueOn: string }[] | null;

  @Column({ type: 'int', nullable: true })
  instalmentMonths!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  signer!: ExecutionSigner | null;

  /** Figures legal staff must confirm by hand (UNCONFIRMED thresholds), as checked when decided. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings!: { rule: string; message: string }[];
}

/** Quyết định cưỡng chế thi hành quyết định xử phạt (LXLVPHC Đ86, Đ87; MQĐ07–09, MQĐ11). */
@Entity('enforcement_decisions')
@Index('ix_enforcement_decisions_decision', ['decisionId'])
export class EnforcementDecision extends DepartmentRecord {
  @Column({ type: 'uuid' })
  decisionId!: string;

  /** "NN/QĐ-CCXP" */
  @Column({ type: 'varchar', length: 32 })
  number!: string;

  @Column({ type: 'date' })
  decidedOn!: string;

  @Column({ type: 'enum', enum: EnforcementMeasureKind, enumName: 'enforcement_measure' })
  measure!: EnforcementMeasureKind;

  @Column({ type: 'bigint', nullable: true, transformer: bigintVnd })
  amountVnd!: number | null;

  @Column({ type: 'jsonb' })
  signer!: ExecutionSigner;

  /** The measure's particulars as printed (holder, account, treasury, days, place, remedial measures). */
  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ type: 'date' })
  effectiveDate!: string;

  /** The day the enforcement was carried out (money collected, measure done). */
  @Column({ type: 'date', nullable: true })
  carriedOutOn!: string | null;

  @Column({ type: 'text', default: '' })
  carriedOutNote!: string;
}

/** Khiếu nại, khởi kiện against the decision: dates, body, outcome and effect, and any suspension of execution. */
@Entity('execution_complaints')
@Index('ix_execution_complaints_decision', ['decisionId'])
export class ExecutionComplaint extends DepartmentRecord {
  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'enum', enum: ComplaintKind, enumName: 'complaint_kind' })
  kind!: ComplaintKind;

  @Column({ type: 'date' })
  filedOn!: string;

  /** Who handles it: the authority resolving the complaint, or the court. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'enum', enum: ComplaintOutcome, enumName: 'complaint_outcome', default: ComplaintOutcome.Pending })
  outcome!: ComplaintOutcome;

  @Column({ type: 'date', nullable: true })
  outcomeOn!: string | null;

  /** The issued amend (MQĐ38) or annul (MQĐ40) decision that carried out the outcome. */
  @Column({ type: 'uuid', nullable: true })
  correctionDecisionId!: string | null;

  /** Tạm đình chỉ thi hành (Luật Khiếu nại 2011 Đ35; Luật TTHC 2015 Đ68): execution stops only when recorded. */
  @Column({ type: 'date', nullable: true })
  suspendedFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  suspendedUntil!: string | null;

  @Column({ type: 'text', nullable: true })
  suspensionReference!: string | null;

  @Column({ type: 'uuid', nullable: true })
  fileId!: string | null;
}

/** A remedial measure of the decision recorded as done (LXLVPHC Đ85 k1, Đ86 k2 d if it had to be enforced). */
@Entity('remedial_completions')
@Index('uq_remedial_completions_measure', ['decisionId', 'measureIndex'], { unique: true })
export class RemedialCompletion extends DepartmentRecord {
  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'int' })
  measureIndex!: number;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'date' })
  doneOn!: string;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'uuid', nullable: true })
  fileId!: string | null;
}
