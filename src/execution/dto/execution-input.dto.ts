import { ApiProperty } from '@nestjs/swagger';
import { NestedDto, PrintableText, ValidateBoolean, ValidateDate, ValidateEnum, ValidateInt, ValidateText, ValidateTextList, ValidateUuid } from '@app/common/dto.decorators';
import { ComplaintKind, ComplaintOutcome, DeliveryMethod, EnforcementMeasureKind, ExecutionFilePurpose, ExecutionRequestKind, PaymentChannel } from '@app/execution/execution.enums';

/** Gửi quyết định xử phạt (LXLVPHC Đ70 k2). */
export class DeliveryCreateDto {
  @ValidateEnum(DeliveryMethod, 'DeliveryMethod', { description: 'a) giao trực tiếp, b) bưu chính bảo đảm, c) điện tử, d) niêm yết công khai (LXLVPHC Đ70 k2)' })
  method!: DeliveryMethod;

  @ValidateDate({ description: 'The day it was handed over, posted or sent; flagged late after 3 working days from issue (Đ70 k1)' })
  sentOn!: string;

  @ValidateDate({ nullable: true, description: 'The day the offender received it: starts the 10 days to pay (LXLVPHC Đ73 k1)' })
  receivedOn?: string | null;

  @ValidateText({ optional: true, max: 300, description: 'Who received it (the offender, the representative, the commune People’s Committee…)' })
  recipient?: string;

  @ValidateBoolean({ optional: true, description: 'The offender refused to receive it; a record of the refusal (MBB06) was drawn' })
  refused?: boolean;

  @ValidateText({ optional: true, max: 64, description: 'Number of the refusal record (MBB06); required with refused' })
  refusalRecordNumber?: string;

  @ValidateUuid({ optional: true, description: 'An uploaded file (POST …/execution/files) proving it: receipt slip, e-mail, posting record, refusal record' })
  proofFileId?: string;

  @ValidateText({ optional: true, max: 2000 })
  note?: string;
}

/** Một lần nộp tiền phạt (NĐ 118/2021 Đ20 k1, Đ21). */
export class PaymentCreateDto {
  @ValidateInt({ min: 1, description: 'Amount in whole VND (đồng)' })
  amountVnd!: number;

  @ValidateDate({ description: 'The day paid (the day of the receipt)' })
  paidOn!: string;

  @ValidateEnum(PaymentChannel, 'PaymentChannel', { description: 'Kho bạc Nhà nước, tài khoản tại ngân hàng, Cổng Dịch vụ công Quốc gia (NĐ 118/2021 Đ20 k1)' })
  channel!: PaymentChannel;

  @ValidateText({ max: 64, description: 'Số biên lai / chứng từ nộp tiền (NĐ 118/2021 Đ21 k2)' })
  receiptNumber!: string;

  @ValidateUuid({ optional: true, description: 'The receipt as an uploaded file' })
  receiptFileId?: string;

  @ValidateText({ optional: true, max: 2000 })
  note?: string;
}

/** Đơn đề nghị hoãn (LXLVPHC Đ76) or nộp tiền phạt nhiều lần (LXLVPHC Đ79). */
export class ExecutionRequestCreateDto {
  @ValidateEnum(ExecutionRequestKind, 'ExecutionRequestKind')
  kind!: ExecutionRequestKind;

  @ValidateDate({ description: 'The day the request reached the department: from then the days are not counted late (NĐ 118/2021 Đ20 k4)' })
  receivedOn!: string;

  @ValidateDate({ description: 'The date the request bears' })
  requestDate!: string;

  @ValidateText({ max: 2000, description: 'The hardship stated' })
  reason!: string;

  @PrintableText()
  @ValidateText({ max: 300, description: 'Who confirmed the hardship (printed in the decision): UBND cấp xã, the employer, the tax office…' })
  hardshipConfirmedBy!: string;

  @ValidateUuid({ optional: true })
  requestFileId?: string;
}

export class ExecutionDelegationDto {
  @PrintableText()
  @ValidateText({ max: 64, example: '215/QĐ-GQXP' })
  number!: string;

  @ValidateDate()
  date!: string;
}

export class ExecutionDeputyDto {
  @PrintableText()
  @ValidateText({ max: 200, example: 'Giám đốc', description: 'Chức vụ cấp trưởng, printed after "KT."' })
  headTitle!: string;

  @NestedDto(() => ExecutionDelegationDto, { description: 'Quyết định giao quyền (MQĐ34; for enforcement MQĐ35, LXLVPHC Đ87 k2)' })
  delegation!: ExecutionDelegationDto;
}

/** Người ký: the head of the body, or a deputy under a written delegation (LXLVPHC Đ54, Đ87 k2; NĐ 30/2020 Đ13). */
export class ExecutionSignerDto {
  @PrintableText()
  @ValidateText({ max: 200 })
  fullName!: string;

  @PrintableText()
  @ValidateText({ max: 200, example: 'Giám đốc' })
  title!: string;

  @NestedDto(() => ExecutionDeputyDto, { nullable: true })
  deputy?: ExecutionDeputyDto | null;
}

export class InstalmentLineDto {
  @ValidateInt({ min: 1, description: 'Whole VND' })
  amountVnd!: number;

  @ValidateDate({ description: 'Last day to pay this instalment' })
  dueOn!: string;
}

/** What every execution decision prints in its Điều 3 and "Nơi nhận". */
export class ExecutionDocumentFieldsDto {
  @NestedDto(() => ExecutionSignerDto)
  signer!: ExecutionSignerDto;

  @PrintableText()
  @ValidateText({ optional: true, max: 300, description: 'Who organises the execution (Điều 3)' })
  executingBody?: string;

  @PrintableText({ each: true })
  @ValidateTextList({ optional: true, maxItems: 10, max: 300 })
  cooperatingBodies?: string[];

  @PrintableText({ each: true })
  @ValidateTextList({ maxItems: 20, max: 300, description: 'Nơi nhận, e.g. ["Như Điều 3", "Lưu: VT, Hồ sơ"]' })
  recipients!: string[];
}

/** Quyết định on a request: grant (MQĐ03 / MQĐ05, rendered) or refuse with the reason, in writing (NĐ 118/2021 Đ20 k4). */
export class ExecutionRequestDecideDto {
  @ValidateUuid({ description: 'The request decided' })
  requestId!: string;

  @ValidateBoolean()
  grant!: boolean;

  @ValidateDate({ description: 'Ngày ra quyết định (not after today)' })
  decidedOn!: string;

  @NestedDto(() => ExecutionSignerDto)
  signer!: ExecutionSignerDto;

  @ValidateDate({ optional: true, description: 'Postponement: its last day (at most 3 months from the decision, LXLVPHC Đ76 k1)' })
  postponedUntil?: string;

  @NestedDto(() => InstalmentLineDto, { each: true, optional: true, maxItems: 5, description: 'Instalments: 2–3 payments within 6 months, the first ≥ 40 % (LXLVPHC Đ79 k2)' })
  instalments?: InstalmentLineDto[];

  @ValidateInt({ optional: true, min: 1, max: 6, description: 'Thời hạn nộp tiền phạt nhiều lần in months (default: to the last instalment)' })
  instalmentMonths?: number;

  @ValidateText({ optional: true, max: 2000, description: 'Why the request is refused (required when not granted)' })
  refusalReason?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 500, description: 'Papers or items held that are handed back (Điều 1 k3)' })
  returnedItems?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 300 })
  executingBody?: string;

  @PrintableText({ each: true })
  @ValidateTextList({ optional: true, maxItems: 10, max: 300 })
  cooperatingBodies?: string[];

  @PrintableText({ each: true })
  @ValidateTextList({ optional: true, maxItems: 20, max: 300, description: 'Nơi nhận (required when granted)' })
  recipients?: string[];
}

export class DocumentRefDto {
  @PrintableText()
  @ValidateText({ max: 64 })
  number!: string;

  @ValidateDate()
  date!: string;
}

/** Quyết định cưỡng chế (LXLVPHC Đ86, Đ87; MQĐ07, MQĐ08, MQĐ09, MQĐ11). */
export class EnforcementCreateDto extends ExecutionDocumentFieldsDto {
  @ValidateEnum(EnforcementMeasureKind, 'EnforcementMeasureKind', { description: 'wage_deduction (MQĐ07), account_deduction (MQĐ08), asset_seizure (MQĐ09), remedial_enforcement (MQĐ11)' })
  measure!: EnforcementMeasureKind;

  @ValidateDate({ description: 'Ngày ra quyết định cưỡng chế (not after today)' })
  decidedOn!: string;

  @ValidateDate({ optional: true, description: 'Ngày có hiệu lực (default: the day it is decided)' })
  effectiveDate?: string;

  @PrintableText()
  @ValidateText({ max: 500, description: 'Căn cứ the decree on enforcement: article, number, date, title' })
  enforcementDecreeBasis!: string;

  @NestedDto(() => DocumentRefDto, { optional: true, description: 'Biên bản xác minh thông tin về tiền, tài sản (MBB09, …/BB-XMCC)' })
  verificationRecord?: DocumentRefDto;

  @PrintableText()
  @ValidateText({ optional: true, max: 300, description: 'Credit institution, employer or holder of the assets' })
  holderName?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 500 })
  holderAddress?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 64, description: 'The offender’s account (MQĐ08)' })
  accountNumber?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 300, description: 'The State Treasury the money goes to (default: the payment place of the decision)' })
  treasuryName?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 64 })
  treasuryAccountNumber?: string;

  @ValidateInt({ min: 1, max: 30, description: 'Days to transfer (at most 30, MQĐ07–08 notes) or to carry the measure out' })
  days!: number;

  @PrintableText()
  @ValidateText({ optional: true, max: 500, description: 'Địa điểm kê biên (MQĐ09)' })
  seizurePlace?: string;
}

export class EnforcementCarriedOutDto {
  @ValidateUuid()
  enforcementId!: string;

  @ValidateDate({ description: 'The day the enforcement was carried out' })
  carriedOutOn!: string;

  @ValidateText({ optional: true, max: 2000 })
  note?: string;
}

/** Khiếu nại / khởi kiện against the decision (LXLVPHC Đ15; Luật Khiếu nại 2011; Luật TTHC 2015). */
export class ComplaintCreateDto {
  @ValidateEnum(ComplaintKind, 'ComplaintKind')
  kind!: ComplaintKind;

  @ValidateDate()
  filedOn!: string;

  @ValidateText({ max: 300, description: 'Who handles it: the authority resolving the complaint, or the court' })
  body!: string;

  @ValidateText({ max: 4000 })
  summary!: string;

  @ValidateDate({ optional: true, description: 'Tạm đình chỉ thi hành from (only when decided by the body handling it)' })
  suspendedFrom?: string;

  @ValidateDate({ optional: true })
  suspendedUntil?: string;

  @ValidateText({ optional: true, max: 300, description: 'The decision suspending execution (required with suspendedFrom)' })
  suspensionReference?: string;

  @ValidateUuid({ optional: true })
  fileId?: string;
}

export class ComplaintOutcomeDto {
  @ValidateUuid()
  complaintId!: string;

  @ValidateEnum(ComplaintOutcome, 'ComplaintOutcome', { description: 'amended and annulled require the issued correction decision (MQĐ38 / MQĐ40) that carried it out' })
  outcome!: ComplaintOutcome;

  @ValidateDate()
  outcomeOn!: string;

  @ValidateUuid({ optional: true, description: 'The issued amend (MQĐ38) or annul (MQĐ40) decision of this sanction decision' })
  correctionDecisionId?: string;

  @ValidateDate({ optional: true, description: 'Ends a suspension of execution on this day' })
  suspensionEndedOn?: string;
}

/** A remedial measure of the decision carried out. */
export class RemedialDoneDto {
  @ValidateInt({ min: 0, max: 100, description: 'Index of the measure in the decision (0 = the first)' })
  measureIndex!: number;

  @ValidateDate()
  doneOn!: string;

  @ValidateText({ optional: true, max: 2000 })
  note?: string;

  @ValidateUuid({ optional: true })
  fileId?: string;
}

/** Multipart fields of a proof upload. */
export class ExecutionFileFieldsDto {
  @ValidateEnum(ExecutionFilePurpose, 'ExecutionFilePurpose')
  purpose!: ExecutionFilePurpose;
}

export class ExecutionFileUploadDto extends ExecutionFileFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PNG, JPEG, WebP, PDF or plain text; recognised from its bytes' })
  file!: unknown;
}

export class ExecutionFileQueryDto {
  @ValidateUuid()
  fileId!: string;
}

export class ExecutionDocumentQueryDto {
  @ValidateUuid({ description: 'The request or enforcement decision whose PDF is wanted' })
  subjectId!: string;
}

