import type { Violation } from '@app/cases/entities/violation.entity';
import { DecisionKind, RefusalCode } from '@app/decisions/decisions.enums';
import { unverifiedVersions } from '@app/legal/effective-catalogue';
import type { MissingStep } from '@libs/cases';
import { checkAuthority, citability, SIGNER_TITLES, type ActWorksheet, type Catalogue, type SignerTitle } from '@libs/legal';
import { choiceBands, describeBand } from '@libs/legal/officer-choice';
import { needsLicence, type MeasureLine } from '@libs/legal/sanctions';
import { formatVnd } from '@libs/vn';

/** One reason an issue is refused; `act` is the index of the act in the draft. */
export interface RefusalReason {
  code: RefusalCode;
  act?: number;
  message: string;
}

export interface IssueFacts {
  kind: DecisionKind;
  issuedOn: string;
  signerTitle: SignerTitle;
  /** The case guard's first missing step for "decide" (sanction decisions only), or null when the case may be decided. */
  caseGuard: MissingStep | null;
  /** The draft's acts in order, each with the worksheet the decision uses (the officer's choice applied); undefined where the violation is no longer on the case. */
  violations: readonly (Pick<Violation, 'worksheet' | 'limitationLastDay'> | undefined)[];
  catalogue: Catalogue;
  /** Free-text additional sanctions and remedial measures that no act's line takes. */
  additionalSanctions: number;
  remedialMeasures: number;
  /** Per act (same order): when the choice recorded for it was made against a worksheet since recomputed. */
  staleChoices?: readonly (string | null)[];
  /** The structured list the decision imposes (issue 13). */
  measures?: readonly MeasureLine[];
}

const titleLabel = (t: SignerTitle | null): string => SIGNER_TITLES.find((s) => s.title === t)?.labelVi ?? String(t);

/** The case guards, as reasons: the limitation is reported per act instead (it names the act). */
function caseReasons(guard: MissingStep | null): RefusalReason[] {
  if (guard === null || guard.key === 'limitation') return [];
  const windowOpen = guard.key === 'explanation_window' || guard.key === 'await_explanation';
  return [{ code: windowOpen ? RefusalCode.ExplanationWindowOpen : RefusalCode.CaseNotReady, message: `The case cannot be decided: ${guard.message}` }];
}

function authorityReason(f: IssueFacts, act: ActWorksheet, i: number, label: string): RefusalReason | null {
  const fine = act.fine;
  const check = checkAuthority({
    title: f.signerTitle,
    decisionDate: f.issuedOn,
    field: act.version.field,
    offenderType: act.offenderType,
    // As the engine measures it: the bracket maximum on the applied side, 0 for a warning (LXLVPHC Đ52 k1).
    basisVnd: fine.status === 'warning-only' ? 0 : (fine.applied?.maxVnd ?? null),
    needsSuspensionPower: act.suspensions.length > 0,
  });
  if (check.withinAuthority === true) return null;
  if (check.withinAuthority === null) {
    return { code: RefusalCode.AuthorityUnknown, act: i, message: `${label}: the authority of ${titleLabel(f.signerTitle)} cannot be checked (${check.reason}; ${check.citation})` };
  }
  const cap = check.capVnd === null ? 'no sanctioning power in this field' : `a cap of ${formatVnd(check.capVnd)}`;
  const goTo = check.mustGoTo ? `; the case must go to ${titleLabel(check.mustGoTo)}` : '';
  const basis = check.basisVnd === null ? '' : ` against the bracket maximum ${formatVnd(check.basisVnd)}`;
  const suspension = check.needsSuspensionPower ? ' and the act carries a suspension' : '';
  return { code: RefusalCode.AboveSignerCap, act: i, message: `${label}: ${titleLabel(f.signerTitle)} has ${cap}${basis}${suspension} (${check.citation})${goTo}` };
}

function actReasons(f: IssueFacts, v: IssueFacts['violations'][number], i: number): RefusalReason[] {
  if (!v) return [{ code: RefusalCode.ViolationMissing, act: i, message: `Act ${i + 1}: the violation is no longer on the case; edit the draft's acts` }];
  const act = v.worksheet.acts[0];
  const label = `Act ${i + 1} (${act.code})`;
  const reasons: RefusalReason[] = unverifiedVersions(f.catalogue, v.worksheet).map((u) => ({
    code: RefusalCode.UnverifiedRule,
    act: i,
    // Names the row and what it lacks: a draft's unread clause or point, an unread range or source (issue 14).
    message: `${label}: ${citability(f.catalogue, u.code, u.effectiveFrom).reason}`,
  }));
  // LXLVPHC Đ6 k1, Đ65 k1 a. A correction does not decide the sanction again, so the limitation is the original's.
  if (f.kind === DecisionKind.Sanction && v.limitationLastDay < f.issuedOn) {
    reasons.push({ code: RefusalCode.TimeBarred, act: i, message: `${label}: the limitation period (LXLVPHC Đ6 k1) ended on ${v.limitationLastDay}; no sanction may be decided (LXLVPHC Đ65 k1)` });
  }
  if (act.status === 'needs-officer-choice') {
    const bands = choiceBands(act);
    const stale = f.staleChoices?.[i];
    const why = stale ? `; the choice of ${stale} no longer counts: the worksheet was recomputed after it` : '';
    reasons.push({
      code: RefusalCode.NeedsOfficerChoice,
      act: i,
      message: `${label}: the amount or suspension must be chosen by the officer first, within ${describeBand(bands)} (${bands.citation})${why}`,
    });
  } else if (act.status === 'incomplete') {
    reasons.push({ code: RefusalCode.FineRangeUnknown, act: i, message: `${label}: the fine range of the applied version is not known` });
  }
  const authority = authorityReason(f, act, i, label);
  if (authority) reasons.push(authority);
  return reasons;
}

/**
 * A sanction or measure the sector decree does not attach to any of the acts cannot be imposed (MQĐ02 points
 * 6 b and c take them from the clause that punishes the act). The rows are verified before issuing, so an empty
 * list means the decree provides none. Which act a free-text line belongs to is the officer's reading: only the
 * case where no act provides any is refused.
 */
function providedReasons(f: IssueFacts): RefusalReason[] {
  const acts = f.violations.flatMap((v) => (v ? [v.worksheet.acts[0]] : []));
  const reasons: RefusalReason[] = [];
  if (f.additionalSanctions > 0 && acts.length > 0 && acts.every((a) => a.suspensions.length === 0 && a.otherAdditionalSanctions.length === 0)) {
    reasons.push({
      code: RefusalCode.AdditionalSanctionNotProvided,
      message: `The draft lists ${f.additionalSanctions} additional sanction(s), but the clauses of its acts (${acts.map((a) => a.code).join(', ')}) provide none; remove them`,
    });
  }
  if (f.remedialMeasures > 0 && acts.length > 0 && acts.every((a) => a.remedialMeasures.length === 0)) {
    reasons.push({
      code: RefusalCode.RemedialMeasureNotProvided,
      message: `The draft lists ${f.remedialMeasures} remedial measure(s), but the clauses of its acts (${acts.map((a) => a.code).join(', ')}) provide none; remove them`,
    });
  }
  if (f.measures === undefined) return reasons;
  // With the structured list, a free-text line belongs to no act: the clause that would provide it is unknown.
  if (f.additionalSanctions > 0 && reasons.every((r) => r.code !== RefusalCode.AdditionalSanctionNotProvided)) {
    reasons.push({ code: RefusalCode.MeasureNotAttached, message: `The draft lists ${f.additionalSanctions} additional sanction(s) as free text: the acts' clauses pre-fill them (measures); add one for an act with POST /decisions/{id}/measures` });
  }
  if (f.remedialMeasures > 0 && reasons.every((r) => r.code !== RefusalCode.RemedialMeasureNotProvided)) {
    reasons.push({ code: RefusalCode.MeasureNotAttached, message: `The draft words ${f.remedialMeasures} more remedial measure(s) than the acts' clauses provide; add one for an act with POST /decisions/{id}/measures` });
  }
  for (const l of f.measures) {
    if (!l.dropped && needsLicence(l.kind) && l.licence === null) {
      reasons.push({ code: RefusalCode.DocumentIncomplete, message: `measures ${l.key}: name the licence the ${l.kind} concerns (MQĐ02 point 6 b prints its number)` });
    }
  }
  return reasons;
}

/**
 * Every reason the decision cannot be issued on `issuedOn`, in order: the case, then each act (rule verified, not
 * time-barred, amount settled, within the signer's cap), then sanctions or measures no act provides. Empty when
 * it may be issued.
 */
export function issueRefusals(f: IssueFacts): RefusalReason[] {
  const sanction = f.kind === DecisionKind.Sanction;
  const acts = f.violations.flatMap((v, i) => actReasons(f, v, i));
  const reasons = [...(sanction ? caseReasons(f.caseGuard) : []), ...acts];
  // The case guard counts every violation of the case, also one the draft leaves out.
  if (sanction && f.caseGuard?.key === 'limitation' && !acts.some((r) => r.code === RefusalCode.TimeBarred)) {
    reasons.push({ code: RefusalCode.TimeBarred, message: `The case cannot be decided: ${f.caseGuard.message}` });
  }
  return [...reasons, ...providedReasons(f)];
}
