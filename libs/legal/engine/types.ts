/** Input and output of `computeWorksheet`. The output is plain JSON (no classes, no undefined-only fields). */
import type { SignerTitle } from '../authority';
import type { AuthorityCheck } from '../authority-check';
import type {
  AdditionalSanction,
  Field,
  MainSanction,
  MissingPart,
  OffenderType,
  PrintedSide,
  RemedialMeasure,
  SuspensionKind,
} from '../catalogue/types';

export interface CircumstanceInput {
  code: string;
  facts?: string;
}

/** One violation (hành vi vi phạm) of one offender. */
export interface ActInput {
  ref?: string;
  code: string;
  offenderType: OffenderType;
  committedOn?: string;
  /** Required when the act ended before detection; null/absent when ongoing at detection. */
  endedOn?: string | null;
  ongoingAtDetection: boolean;
  detectedOn: string;
  mitigating: CircumstanceInput[];
  aggravating: CircumstanceInput[];
  /** The officer's amount when exactly one net circumstance leaves a band (LXLVPHC Đ23 k4). */
  chosenAmountVnd?: number;
  /** Required with any officer choice for this act (amount or suspension months). */
  chosenAmountReason?: string;
  chosenSuspensionMonths?: number;
  licenceRef?: string;
  licenceExpiresOn?: string;
}

export interface WorksheetInput {
  /** The decision date; decides limitation, authority regime and the later-law comparison. Omit to skip those checks. */
  decisionDate?: string;
  signer?: { title: SignerTitle };
  acts: ActInput[];
}

export interface WorksheetStep {
  /** Stable English key, e.g. 'resolve-version', 'median'. */
  key: string;
  /** How Vietnamese legal officers would label the step. */
  labelVi: string;
  /** Index of the act in `acts`, absent for worksheet-level steps. */
  act?: number;
  inputs: Record<string, unknown>;
  result: unknown;
  /** e.g. "NĐ 118/2021 Đ9 k1 a" */
  citation: string;
}

export type WorksheetFlagKind =
  | 'unverified-row'
  | 'draft-row'
  | 'unconfirmed-authority-figure'
  | 'authority-basis'
  | 'time-barred'
  | 'warning-possible'
  | 'more-lenient-later-law'
  | 'no-longer-listed'
  | 'half-month-suspension'
  | 'licence-without-ref';

export interface WorksheetFlag {
  kind: WorksheetFlagKind;
  act?: number;
  code?: string;
  note: string;
}

export interface VersionSummary {
  code: string;
  instrument: string;
  amendedBy: string | null;
  article: number;
  clause: number | null;
  point: string | null;
  field: Field;
  effectiveFrom: string;
  effectiveTo: string | null;
  verified: boolean;
  verificationNote: string | null;
  /** Dòng nháp: the citation is incomplete (`missing`); a record or decision may not cite it. */
  draft: boolean;
  missing: MissingPart[];
  descriptionVi: string;
  descriptionEn: string;
  mainSanction: MainSanction;
  /** Short form used in steps, e.g. "NĐ 119/2020 Đ8 k4 điểm e, sửa đổi bởi NĐ 14/2022 Đ2 k10 điểm c". */
  citationShort: string;
  /** The "Quy định tại" wording for the decision. */
  citationVi: string;
}

export interface Range {
  minVnd: number;
  maxVnd: number;
}

export interface CountedCircumstance {
  code: string;
  labelVi: string;
  citation: string;
  facts: string | null;
}

export interface IgnoredCircumstance {
  code: string;
  reason: string;
  citation: string;
}

export type AmountSource = 'median' | 'minimum' | 'maximum' | 'officer-choice';

export type FineStatus = 'computed' | 'needs-officer-choice' | 'warning-only' | 'range-unknown';

export interface FineLine {
  mainSanction: MainSanction;
  /** The row allows a warning instead of a fine ('warning-or-fine'). */
  warningPossible: boolean;
  printed: (Range & { printedFor: PrintedSide }) | null;
  applied: (Range & { offenderType: OffenderType; medianVnd: number }) | null;
  /** Counted aggravating minus counted mitigating (NĐ 118/2021 Đ9 k1 a). */
  net: number;
  /** The range the amount may take given the circumstances. */
  band: Range | null;
  suggestedVnd: number | null;
  /** The fine for this act (null when warning-only, range unknown, or waiting for the officer). */
  amountVnd: number | null;
  amountSource: AmountSource | null;
  chosenAmountReason: string | null;
  status: FineStatus;
}

export interface SuspensionLine {
  kind: SuspensionKind;
  minMonths: number;
  maxMonths: number;
  band: { minMonths: number; maxMonths: number };
  suggestedMonths: number | null;
  /** May be a half month when the bracket's median is (e.g. 1–12 → 6.5). */
  months: number | null;
  source: AmountSource | null;
  status: 'computed' | 'needs-officer-choice';
  descriptionVi: string;
  descriptionEn: string;
}

export interface LimitationCheck {
  field: Field;
  years: 1 | 2;
  /** The end date (ended act) or the detection date (ongoing act). */
  countedFrom: string;
  /** The last date on which a decision may still be issued. */
  lastDecisionDate: string;
  checked: boolean;
  timeBarred: boolean;
  citation: string;
}

export interface ExplanationRightCheck {
  applies: boolean;
  reason: string;
  citation: string;
}

export interface LenientLawCheck {
  /** The version in force on the decision date, or null when none is (see `laterCodes`). */
  laterVersion: VersionSummary | null;
  laterApplied: Range | null;
  laterMainSanction: MainSanction | null;
  /** Successor codes looked at when the code itself has no version on the decision date. */
  laterCodes: string[];
  lighter: boolean;
  proposed: 'applied-version' | 'later-version';
  note: string;
  citation: string;
}

export type ActStatus = 'complete' | 'needs-officer-choice' | 'incomplete';

export interface ActWorksheet {
  index: number;
  ref: string | null;
  code: string;
  offenderType: OffenderType;
  /** The date that chose the version and its basis (NĐ 118/2021 Đ7 k2). */
  resolvedOn: string;
  resolvedBy: 'end-date' | 'detection-date';
  version: VersionSummary;
  mitigating: CountedCircumstance[];
  aggravating: CountedCircumstance[];
  ignoredCircumstances: IgnoredCircumstance[];
  fine: FineLine;
  /** The fine that goes into the total: 0 when warning-only or time-barred (LXLVPHC Đ65 k1). */
  imposedFineVnd: number | null;
  suspensions: SuspensionLine[];
  /** Additional sanctions other than suspensions (confiscation, press-card revocation). */
  otherAdditionalSanctions: AdditionalSanction[];
  remedialMeasures: RemedialMeasure[];
  licenceRef: string | null;
  limitation: LimitationCheck;
  explanationRight: ExplanationRightCheck;
  authority: AuthorityCheck | null;
  lenientLaw: LenientLawCheck | null;
  status: ActStatus;
}

export interface MergedSuspension {
  kind: SuspensionKind;
  licenceRef: string | null;
  acts: number[];
  /** null while an officer choice is pending. */
  months: number | null;
  basis: 'single-act' | 'maximum-of-longest-bracket';
  /** Set when the licence expires before the suspension would end (NĐ 118/2021 Đ9 k2 c). */
  cappedUntil: string | null;
  remainingTermChecked: boolean;
  citation: string;
}

export interface Worksheet {
  engineVersion: string;
  decisionDate: string | null;
  signerTitle: SignerTitle | null;
  acts: ActWorksheet[];
  /** Sum of imposed fines (LXLVPHC Đ67 k1); null while any act is incomplete or waiting for a choice. */
  totalFineVnd: number | null;
  /** Sum of the fines already known. */
  knownFineSubtotalVnd: number;
  mergedSuspensions: MergedSuspension[];
  flags: WorksheetFlag[];
  status: ActStatus;
  steps: WorksheetStep[];
}
