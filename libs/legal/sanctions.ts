/**
 * What a decision imposes beyond the fine, as one structured list: hình thức xử phạt bổ sung and biện pháp khắc phục
 * hậu quả, one line per sanction or measure that the clause punishing each act provides (NĐ 118/2021 Đ8 k2: only
 * what the applicable decree provides for that act). The decision's text, its PDF and the report figures are all
 * read from this list, so they cannot disagree. The officer may drop or change a line with a reason, or add one of
 * a kind the act's clause provides; nothing else.
 */
import { WorksheetInputError } from './errors';
import type { AdditionalSanctionKind } from './catalogue/types';
import type { ActWorksheet } from './engine/types';

export type MeasureKind = AdditionalSanctionKind | 'remedial-measure';
export const MEASURE_KINDS: readonly MeasureKind[] = [
  'licence-suspension',
  'activity-suspension',
  'practising-certificate-suspension',
  'press-card-revocation',
  'confiscation',
  'remedial-measure',
];

/** The licence (or certificate, press card) a line concerns, as printed: "Giấy phép … số 12/GP-TTĐT". */
export interface LicenceRef {
  number: string;
  /** The licence's name, e.g. "Giấy phép thiết lập trang thông tin điện tử tổng hợp". */
  label: string;
}

/** One act of the decision, as its (chosen) worksheet states it, with the licence the registry knows for it. */
export interface MeasureAct {
  violationId: string;
  act: ActWorksheet;
  licence: LicenceRef | null;
}

export interface MeasureLine {
  /** Stable within a decision: `<violationId>:<kind>:<n>` (an added line: `<violationId>:<kind>:added-<n>`). */
  key: string;
  violationId: string;
  kind: MeasureKind;
  /** The catalogue's wording of what the clause provides, without the research notes. */
  provided: string;
  /** The provision that provides it, e.g. "điểm a khoản 8 Điều 20 Nghị định số 119/2020/NĐ-CP". */
  providedBy: string;
  /** What the decision prints. */
  description: string;
  licence: LicenceRef | null;
  /** Suspensions: months from the act's worksheet (median, ≥ 2 rule or the officer's choice); null while pending. */
  months: number | null;
  /** Suspensions: the bracket maximum, used when several suspensions merge (NĐ 118/2021 Đ9 k2 a, k6 a). */
  maxMonths: number | null;
  /** Remedial measures: days from receipt, or a last day. */
  deadlineDays: number | null;
  deadlineDate: string | null;
  dropped: boolean;
  /** Why the officer dropped, changed or added the line; null for a line as pre-filled. */
  reason: string | null;
  origin: 'worksheet' | 'officer';
}

export interface MeasureEdit {
  key: string;
  dropped: boolean;
  description?: string;
  licence?: LicenceRef | null;
  deadlineDays?: number | null;
  deadlineDate?: string | null;
  reason: string;
}

export interface MeasureAddition {
  key: string;
  violationId: string;
  kind: MeasureKind;
  description: string;
  licence: LicenceRef | null;
  deadlineDays: number | null;
  deadlineDate: string | null;
  reason: string;
}

/** The wording and deadline the draft gives to the remedial lines, in order (the form asks for the deadline). */
export interface MeasureCompletion {
  description: string;
  deadlineDays: number | null;
  deadlineDate: string | null;
}

export const isSuspension = (k: MeasureKind): boolean =>
  k === 'licence-suspension' || k === 'activity-suspension' || k === 'practising-certificate-suspension';

/** Kinds whose printed line must name the licence or certificate (MQĐ02 point 6 b: "Giấy phép … số …"). */
export const needsLicence = (k: MeasureKind): boolean => k === 'licence-suspension' || k === 'practising-certificate-suspension';

const KIND_WORDING: Readonly<Record<AdditionalSanctionKind, string>> = {
  'licence-suspension': 'Tước quyền sử dụng',
  'activity-suspension': 'Đình chỉ hoạt động có thời hạn',
  'practising-certificate-suspension': 'Tước quyền sử dụng',
  'press-card-revocation': 'Thu hồi thẻ nhà báo',
  confiscation: 'Tịch thu tang vật, phương tiện vi phạm hành chính',
};

/** "02 tháng", "6,5 tháng": months as decisions print them (two digits, a half with a decimal comma). */
export function formatMonths(months: number): string {
  return Number.isInteger(months) ? `${String(months).padStart(2, '0')} tháng` : `${String(months).replace('.', ',')} tháng`;
}

/** A clause note as the catalogue writes it: "(Đ20 k8 a)", "(Đ6 k4 bản gốc)". */
const CLAUSE_NOTE = /^Đ\s*(\d+)(?:\s*k\s*(\d+))?(?:\s*(?:điểm\s+)?([a-zđ]))?(?:\s+bản gốc)?$/u;

/** The catalogue's wording without its research notes: the first sentence, without a trailing "(…)". */
export function measureWording(descriptionVi: string): { text: string; note: string | null } {
  const sentence = descriptionVi.split(/\.\s/u)[0].trim();
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(sentence);
  const text = (m ? m[1] : sentence).replace(/\s+từ \d+ đến \d+ tháng$/u, '').replace(/[.;]\s*$/u, '').trim();
  return { text, note: m ? m[2].trim() : null };
}

/** The provision that provides a line: the clause the catalogue notes, else the article of the act's own clause. */
function providedBy(note: string | null, act: ActWorksheet): string {
  const decree = `Nghị định số ${act.version.instrument}`;
  const m = note === null ? null : CLAUSE_NOTE.exec(note);
  if (m) return [m[3] ? `điểm ${m[3]}` : null, m[2] ? `khoản ${m[2]}` : null, `Điều ${m[1]}`, decree].filter((p) => p !== null).join(' ');
  // The catalogue row does not say which clause of the article provides it: the article is what is known.
  return `Điều ${act.version.article} ${decree} (khoản quy định hành vi: ${act.version.citationVi})`;
}

function suspensionDescription(kind: AdditionalSanctionKind, licence: LicenceRef | null, fallback: string): string {
  if (kind === 'activity-suspension') return fallback;
  if (licence === null) return fallback;
  return `${KIND_WORDING[kind]} ${licence.label} số ${licence.number}`;
}

/** The lines a new draft starts from: every sanction and measure each act's clause provides, in the acts' order. */
export function prefilledLines(acts: readonly MeasureAct[]): MeasureLine[] {
  const lines: MeasureLine[] = [];
  for (const { violationId, act, licence } of acts) {
    const count = new Map<MeasureKind, number>();
    const key = (kind: MeasureKind): string => {
      const n = count.get(kind) ?? 0;
      count.set(kind, n + 1);
      return `${violationId}:${kind}:${n}`;
    };
    const base = { violationId, months: null, maxMonths: null, deadlineDays: null, deadlineDate: null, dropped: false, reason: null, origin: 'worksheet' as const };
    // LXLVPHC Đ65 k1 a: no sanction once time-barred; confiscation and remedial measures remain (Đ65 k2).
    if (!act.limitation.timeBarred) {
      for (const s of act.suspensions) {
        const w = measureWording(s.descriptionVi);
        const lic = needsLicence(s.kind) ? licence : null;
        lines.push({ ...base, key: key(s.kind), kind: s.kind, provided: w.text, providedBy: providedBy(w.note, act), description: suspensionDescription(s.kind, lic, w.text), licence: lic, months: s.months, maxMonths: s.maxMonths });
      }
    }
    for (const s of act.otherAdditionalSanctions) {
      if (act.limitation.timeBarred && s.kind !== 'confiscation') continue;
      const w = measureWording(s.descriptionVi);
      lines.push({ ...base, key: key(s.kind), kind: s.kind, provided: w.text, providedBy: providedBy(w.note, act), description: w.text, licence: null });
    }
    for (const m of act.remedialMeasures) {
      const w = measureWording(m.descriptionVi);
      lines.push({ ...base, key: key('remedial-measure'), kind: 'remedial-measure', provided: w.text, providedBy: providedBy(w.note, act), description: w.text, licence: null });
    }
  }
  return lines;
}

/** The kinds the clause of an act provides (what an officer may add for it). */
export function providedKinds(act: ActWorksheet): MeasureKind[] {
  const kinds: MeasureKind[] = [...act.suspensions.map((s) => s.kind), ...act.otherAdditionalSanctions.map((s) => s.kind)];
  if (act.remedialMeasures.length > 0) kinds.push('remedial-measure');
  return [...new Set(kinds)];
}

/** Refuses an addition of a kind the act's clause does not provide (NĐ 118/2021 Đ8 k2), naming the clause. */
export function checkAddition(act: ActWorksheet, kind: MeasureKind): void {
  const kinds = providedKinds(act);
  if (!kinds.includes(kind)) {
    const has = kinds.length === 0 ? 'provides no additional sanction or remedial measure' : `provides only ${kinds.join(', ')}`;
    throw new WorksheetInputError('kind', `${act.version.citationShort} (${act.code}) ${has}; a ${kind} cannot be imposed for this act (NĐ 118/2021 Đ8 k2)`);
  }
}

/** Refuses an edit without a reason, or one that changes a suspension's licence into nothing. */
export function checkEdit(line: MeasureLine, edit: Omit<MeasureEdit, 'key'>): void {
  if (edit.reason.trim() === '') throw new WorksheetInputError('reason', 'dropping or changing a line of the decision needs its reason');
  if ((edit.deadlineDays ?? null) !== null && (edit.deadlineDate ?? null) !== null) throw new WorksheetInputError('deadlineDate', 'give either deadlineDays or deadlineDate, not both');
  if (edit.licence !== undefined && !isSuspension(line.kind) && line.kind !== 'press-card-revocation') {
    throw new WorksheetInputError('licence', `a ${line.kind} concerns no licence`);
  }
  if ((edit.deadlineDays !== undefined || edit.deadlineDate !== undefined) && line.kind !== 'remedial-measure') {
    throw new WorksheetInputError('deadlineDays', 'only a remedial measure has a deadline (MQĐ02 point 6 c)');
  }
}

/**
 * The decision's lines: pre-filled from the acts, the remedial lines completed by the draft's wording and deadline in
 * order, then the officer's edits (by key; an edit of a line that no longer exists is ignored and reported) and
 * additions. `unattached` counts the completions that found no pre-filled line.
 */
export function decisionLines(
  acts: readonly MeasureAct[],
  completions: readonly MeasureCompletion[],
  edits: readonly MeasureEdit[],
  additions: readonly MeasureAddition[],
): { lines: MeasureLine[]; orphanEdits: string[]; unattached: number } {
  let lines = prefilledLines(acts);
  const remedial = lines.filter((l) => l.kind === 'remedial-measure');
  completions.forEach((c, i) => {
    const line = remedial[i];
    if (!line) return;
    Object.assign(line, { description: c.description, deadlineDays: c.deadlineDays, deadlineDate: c.deadlineDate });
  });
  const unattached = Math.max(0, completions.length - remedial.length);
  const present = new Set(acts.map((a) => a.violationId));
  for (const a of additions) {
    if (!present.has(a.violationId)) continue;
    const months = isSuspension(a.kind) ? (acts.find((x) => x.violationId === a.violationId)?.act.suspensions.find((s) => s.kind === a.kind) ?? null) : null;
    lines.push({
      key: a.key,
      violationId: a.violationId,
      kind: a.kind,
      provided: a.description,
      providedBy: lines.find((l) => l.violationId === a.violationId && l.kind === a.kind)?.providedBy ?? '',
      description: a.description,
      licence: a.licence,
      months: months?.months ?? null,
      maxMonths: months?.maxMonths ?? null,
      deadlineDays: a.deadlineDays,
      deadlineDate: a.deadlineDate,
      dropped: false,
      reason: a.reason,
      origin: 'officer',
    });
  }
  const orphanEdits: string[] = [];
  for (const e of edits) {
    const line = lines.find((l) => l.key === e.key);
    if (!line) {
      orphanEdits.push(e.key);
      continue;
    }
    line.dropped = e.dropped;
    line.reason = e.reason;
    if (e.description !== undefined) line.description = e.description;
    if (e.licence !== undefined) {
      line.licence = e.licence;
      if (e.description === undefined && line.kind !== 'activity-suspension' && isSuspension(line.kind)) {
        line.description = suspensionDescription(line.kind as AdditionalSanctionKind, e.licence, line.provided);
      }
    }
    if (e.deadlineDays !== undefined) line.deadlineDays = e.deadlineDays;
    if (e.deadlineDate !== undefined) line.deadlineDate = e.deadlineDate;
  }
  lines = lines.map((l) => ({ ...l }));
  return { lines, orphanEdits, unattached };
}

/** One suspension the decision imposes after merging (NĐ 118/2021 Đ9 k2 a: one licence; Đ9 k6 a: activity). */
export interface ImposedSuspension {
  kind: MeasureKind;
  licence: LicenceRef | null;
  /** The lines merged, in order; the first carries the figure in the reports. */
  keys: string[];
  violationIds: string[];
  months: number | null;
  basis: 'single-act' | 'maximum-of-longest-bracket';
  citation: string;
}

const groupKey = (l: MeasureLine): string => (l.kind === 'activity-suspension' ? 'activity' : `${l.kind}|${l.licence?.number ?? l.key}`);

/** The suspensions imposed by the lines not dropped, merged as NĐ 118/2021 Đ9 k2 a and k6 a require. */
export function imposedSuspensions(lines: readonly MeasureLine[]): ImposedSuspension[] {
  const groups = new Map<string, MeasureLine[]>();
  for (const l of lines) {
    if (l.dropped || !isSuspension(l.kind)) continue;
    groups.set(groupKey(l), [...(groups.get(groupKey(l)) ?? []), l]);
  }
  return [...groups.values()].map((g) => {
    const several = new Set(g.map((l) => l.violationId)).size > 1;
    const months = several ? Math.max(...g.map((l) => l.maxMonths ?? l.months ?? 0)) : g[0].months;
    return {
      kind: g[0].kind,
      licence: g[0].licence,
      keys: g.map((l) => l.key),
      violationIds: [...new Set(g.map((l) => l.violationId))],
      months,
      basis: several ? 'maximum-of-longest-bracket' : 'single-act',
      citation: !several ? 'NĐ 118/2021 Đ9 k7' : g[0].kind === 'activity-suspension' ? 'NĐ 118/2021 Đ9 k6 a' : 'NĐ 118/2021 Đ9 k2 a',
    };
  });
}

/** What one act contributes to the report figures, from the lines not dropped (a merged suspension counts once). */
export interface ImposedOnAct {
  licenceSuspensionMonths: number;
  activitySuspensionMonths: number;
  confiscation: boolean;
  pressCardRevocation: boolean;
  remedialMeasureCount: number;
}

export function imposedOnActs(lines: readonly MeasureLine[], violationIds: readonly string[]): Map<string, ImposedOnAct> {
  const out = new Map<string, ImposedOnAct>(
    violationIds.map((id) => [id, { licenceSuspensionMonths: 0, activitySuspensionMonths: 0, confiscation: false, pressCardRevocation: false, remedialMeasureCount: 0 }]),
  );
  for (const s of imposedSuspensions(lines)) {
    const slot = out.get(s.violationIds[0]);
    if (!slot) continue;
    if (s.kind === 'activity-suspension') slot.activitySuspensionMonths += s.months ?? 0;
    else slot.licenceSuspensionMonths += s.months ?? 0;
  }
  for (const l of lines) {
    const slot = out.get(l.violationId);
    if (l.dropped || !slot) continue;
    if (l.kind === 'confiscation') slot.confiscation = true;
    if (l.kind === 'press-card-revocation') slot.pressCardRevocation = true;
    if (l.kind === 'remedial-measure') slot.remedialMeasureCount++;
  }
  return out;
}

/**
 * "Hình thức xử phạt bổ sung, biện pháp khắc phục hậu quả có thể áp dụng" of a violation record (MBB01 item 3): what
 * the act's clause provides, with the months of its bracket and the provision, before anyone has decided.
 */
export function possibleMeasures(act: ActWorksheet): string[] {
  return prefilledLines([{ violationId: '', act, licence: null }]).map((l) => {
    const s = act.suspensions.find((x) => x.kind === l.kind);
    const months = s ? ` từ ${String(s.minMonths).padStart(2, '0')} đến ${String(s.maxMonths).padStart(2, '0')} tháng` : '';
    return `${l.provided}${months}, quy định tại ${l.providedBy}`;
  });
}
