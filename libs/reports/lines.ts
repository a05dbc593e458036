import type { ActWorksheet, SuspensionKind, Worksheet } from '@libs/legal';

/** What one act of an issued decision contributes to the figures (one row of `sanction_decision_lines`). */
export interface DecisionLineValues {
  lineNo: number;
  violationId: string | null;
  code: string;
  field: string;
  offenderType: string;
  /** Cảnh cáo as the main sanction. */
  warning: boolean;
  fineVnd: number;
  /** Tước quyền sử dụng giấy phép, chứng chỉ hành nghề (one form: LXLVPHC Đ21 k1 c, Đ25). */
  licenceSuspensionMonths: number;
  /** Đình chỉ hoạt động có thời hạn (LXLVPHC Đ21 k1 d). */
  activitySuspensionMonths: number;
  confiscation: boolean;
  pressCardRevocation: boolean;
  remedialMeasureCount: number;
}

interface Suspension {
  line: number;
  kind: SuspensionKind;
  licenceRef: string | null;
  months: number;
  maxMonths: number;
}

/** NĐ 118/2021 Đ9 k6 a: all activity suspensions of a decision merge; Đ9 k2 a: suspensions of one licence merge. */
const groupKey = (s: Suspension): string =>
  s.kind === 'activity-suspension' ? 'activity' : `${s.kind}|${s.licenceRef ?? `line-${s.line}`}`;

/**
 * Months per line after merging the suspensions of the whole decision: a group of several becomes one at the maximum
 * of the longest bracket (NĐ 118/2021 Đ9 k2 a, k6 a), carried by the group's first line so that the sum over the lines
 * is the decision's figure and a suspension is counted once.
 */
function mergedMonths(acts: readonly { line: number; act: ActWorksheet }[]): Map<number, { licence: number; activity: number }> {
  const groups = new Map<string, Suspension[]>();
  for (const { line, act } of acts) {
    if (act.limitation.timeBarred) continue; // LXLVPHC Đ65 k1 a: no sanction once time-barred
    for (const s of act.suspensions) {
      const entry: Suspension = { line, kind: s.kind, licenceRef: act.licenceRef, months: s.months ?? 0, maxMonths: s.maxMonths };
      const key = groupKey(entry);
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
  }
  const out = new Map<number, { licence: number; activity: number }>();
  for (const entries of groups.values()) {
    const first = entries[0];
    const months = entries.length > 1 ? Math.max(...entries.map((e) => e.maxMonths)) : first.months;
    const slot = out.get(first.line) ?? { licence: 0, activity: 0 };
    if (first.kind === 'activity-suspension') slot.activity += months;
    else slot.licence += months;
    out.set(first.line, slot);
  }
  return out;
}

/** The report lines of a decision from its frozen worksheets, one per act, numbered from 1 in the decision's order. */
export function decisionLineValues(
  worksheets: readonly { violationId: string; worksheet: Pick<Worksheet, 'acts'> }[],
): DecisionLineValues[] {
  const acts = worksheets
    .flatMap((w) => w.worksheet.acts.map((act) => ({ violationId: w.violationId, act })))
    .map((a, i) => ({ ...a, line: i + 1 }));
  const months = mergedMonths(acts);
  return acts.map(({ violationId, act, line }) => {
    const others = act.otherAdditionalSanctions.map((s) => s.kind);
    const barred = act.limitation.timeBarred;
    return {
      lineNo: line,
      violationId,
      code: act.code,
      field: act.version.field,
      offenderType: act.offenderType,
      warning: act.fine.status === 'warning-only',
      fineVnd: act.imposedFineVnd ?? 0,
      licenceSuspensionMonths: months.get(line)?.licence ?? 0,
      activitySuspensionMonths: months.get(line)?.activity ?? 0,
      confiscation: !barred && others.includes('confiscation'),
      pressCardRevocation: !barred && others.includes('press-card-revocation'),
      remedialMeasureCount: act.remedialMeasures.length,
    };
  });
}
