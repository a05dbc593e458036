/** The fine and suspension months of one act: circumstances, offender side, median and the ≥ 2 rule. */
import { isSuspensionKind, type CatalogueRow, type SuspensionKind } from '../catalogue/types';
import { findCircumstance } from '../circumstances';
import { shortCitation, shortInstrument } from '../citation';
import { WorksheetInputError } from '../errors';
import { appliedRange, decideInBracket, suggestFine, suggestMonths, type BracketDecision } from './bracket';
import type { Trail } from './steps';
import type { ActInput, CountedCircumstance, FineLine, IgnoredCircumstance, SuspensionLine } from './types';

export interface Counted {
  mitigating: CountedCircumstance[];
  aggravating: CountedCircumstance[];
  ignored: IgnoredCircumstance[];
  net: number;
}

export function countCircumstances(act: ActInput, row: CatalogueRow, i: number, trail: Trail): Counted {
  const toCounted = (c: { code: string; facts?: string }): CountedCircumstance => {
    const known = findCircumstance(c.code);
    return { code: c.code, labelVi: known?.labelVi ?? c.code, citation: known?.citation ?? '', facts: c.facts ?? null };
  };
  const mitigating = act.mitigating.map(toCounted);
  const aggravating: CountedCircumstance[] = [];
  const ignored: IgnoredCircumstance[] = [];
  for (const c of act.aggravating) {
    if ((row.definingCircumstances as readonly string[]).includes(c.code)) {
      const reason = `${c.code} already defines ${row.code}, so it cannot aggravate it again`;
      ignored.push({ code: c.code, reason, citation: 'LXLVPHC Đ10 k2' });
      trail.step(
        'exclude-defining-circumstance',
        i,
        { circumstance: c.code, code: row.code },
        { ignored: true, reason },
        'LXLVPHC Đ10 k2',
      );
    } else {
      aggravating.push(toCounted(c));
    }
  }
  trail.step(
    'count-circumstances',
    i,
    { mitigating: act.mitigating.map((c) => c.code), aggravating: act.aggravating.map((c) => c.code) },
    { mitigating: mitigating.length, aggravating: aggravating.length },
    'LXLVPHC Đ9; LXLVPHC Đ10 k1',
  );
  const net = aggravating.length - mitigating.length;
  trail.step(
    'offset-circumstances',
    i,
    { mitigating: mitigating.length, aggravating: aggravating.length },
    { net },
    'NĐ 118/2021 Đ9 k1 a',
  );
  return { mitigating, aggravating, ignored, net };
}

const RULE_CITATION: Readonly<Record<BracketDecision['rule'], string>> = {
  median: 'LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1 b',
  minimum: 'NĐ 118/2021 Đ9 k1 b (từ 02 tình tiết giảm nhẹ)',
  maximum: 'NĐ 118/2021 Đ9 k1 b (từ 02 tình tiết tăng nặng)',
  'lower-half': 'LXLVPHC Đ23 k4 (01 tình tiết giảm nhẹ: có thể giảm, không thấp hơn mức tối thiểu)',
  'upper-half': 'LXLVPHC Đ23 k4 (01 tình tiết tăng nặng: có thể tăng, không cao hơn mức tối đa)',
};

function noChoiceAllowed(act: ActInput, i: number, why: string): void {
  if (act.chosenAmountVnd !== undefined) throw new WorksheetInputError(`acts[${i}].chosenAmountVnd`, why);
}

export function computeFine(act: ActInput, row: CatalogueRow, net: number, i: number, trail: Trail): FineLine {
  const rowCitation = shortCitation(row);
  const line: FineLine = {
    mainSanction: row.mainSanction,
    warningPossible: row.mainSanction === 'warning-or-fine',
    printed: null,
    applied: null,
    net,
    band: null,
    suggestedVnd: null,
    amountVnd: null,
    amountSource: null,
    chosenAmountReason: null,
    status: 'computed',
  };
  if (row.mainSanction === 'warning') {
    noChoiceAllowed(act, i, `${row.code} carries a warning only, no fine`);
    trail.step('warning-only', i, { code: row.code }, { fineVnd: 0 }, rowCitation);
    return { ...line, status: 'warning-only' };
  }
  if (row.fine === null) {
    noChoiceAllowed(act, i, `the range of ${row.code} is unknown, so a chosen amount cannot be checked`);
    trail.step('range-unknown', i, { code: row.code }, { note: row.verificationNote }, rowCitation);
    return { ...line, status: 'range-unknown' };
  }
  if (line.warningPossible) {
    trail.step('warning-possible', i, { code: row.code }, { warningPossible: true }, `${rowCitation}; LXLVPHC Đ22`);
    trail.flag({
      kind: 'warning-possible',
      act: i,
      code: row.code,
      note: 'the row allows a warning instead of the fine computed here',
    });
  }
  const applied = appliedRange(row, row.fine, act.offenderType);
  const sideCitation = `${shortInstrument(row.instrument)} Đ4 k2; LXLVPHC Đ24 k2`;
  trail.step(
    'apply-offender-side',
    i,
    { printed: row.fine, offenderType: act.offenderType },
    { minVnd: applied.minVnd, maxVnd: applied.maxVnd },
    sideCitation,
  );
  trail.step(
    'median',
    i,
    { minVnd: applied.minVnd, maxVnd: applied.maxVnd },
    { medianVnd: applied.medianVnd },
    'LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1 b',
  );
  const d = decideInBracket(applied.minVnd, applied.maxVnd, applied.medianVnd, net, suggestFine);
  trail.step(
    'apply-circumstances',
    i,
    { net },
    { rule: d.rule, bandVnd: [d.lo, d.hi], amountVnd: d.fixed, suggestedVnd: d.suggested },
    RULE_CITATION[d.rule],
  );
  let amountVnd = d.fixed;
  let source = d.source;
  let status: FineLine['status'] = 'computed';
  if (d.fixed !== null) {
    noChoiceAllowed(
      act,
      i,
      `the law fixes the amount when the net number of circumstances is ${net} (NĐ 118/2021 Đ9 k1 b); a choice is only allowed with exactly one`,
    );
  } else if (act.chosenAmountVnd === undefined) {
    status = 'needs-officer-choice';
  } else {
    const chosen = act.chosenAmountVnd;
    if (chosen < d.lo || chosen > d.hi) {
      throw new WorksheetInputError(
        `acts[${i}].chosenAmountVnd`,
        `${chosen} is outside the band ${d.lo}–${d.hi} (${RULE_CITATION[d.rule]})`,
      );
    }
    amountVnd = chosen;
    source = 'officer-choice';
    trail.step(
      'officer-choice',
      i,
      { bandVnd: [d.lo, d.hi], chosenVnd: chosen, reason: act.chosenAmountReason },
      { amountVnd: chosen },
      'LXLVPHC Đ23 k4',
    );
  }
  return {
    ...line,
    printed: { ...row.fine },
    applied: {
      minVnd: applied.minVnd,
      maxVnd: applied.maxVnd,
      offenderType: act.offenderType,
      medianVnd: applied.medianVnd,
    },
    band: { minVnd: d.lo, maxVnd: d.hi },
    suggestedVnd: d.suggested,
    amountVnd,
    amountSource: source,
    chosenAmountReason: source === 'officer-choice' ? (act.chosenAmountReason ?? null) : null,
    status,
  };
}

export function computeSuspensions(
  act: ActInput,
  row: CatalogueRow,
  net: number,
  i: number,
  trail: Trail,
): SuspensionLine[] {
  const lines: SuspensionLine[] = [];
  let choiceUsed = false;
  for (const s of row.additionalSanctions) {
    if (!isSuspensionKind(s.kind) || s.minMonths === undefined || s.maxMonths === undefined) continue;
    const kind: SuspensionKind = s.kind;
    // NĐ 118/2021 Đ9 k7: months follow the same median / offset / ≥ 2 rule as fines; a half month is kept exact.
    const d = decideInBracket(s.minMonths, s.maxMonths, (s.minMonths + s.maxMonths) / 2, net, suggestMonths);
    let months = d.fixed;
    let source = d.source;
    if (d.fixed === null && act.chosenSuspensionMonths !== undefined) {
      const chosen = act.chosenSuspensionMonths;
      if (chosen < d.lo || chosen > d.hi) {
        throw new WorksheetInputError(
          `acts[${i}].chosenSuspensionMonths`,
          `${chosen} is outside the band ${d.lo}–${d.hi} months (NĐ 118/2021 Đ9 k7)`,
        );
      }
      months = chosen;
      source = 'officer-choice';
      choiceUsed = true;
    }
    trail.step(
      'suspension-months',
      i,
      { kind, minMonths: s.minMonths, maxMonths: s.maxMonths, net },
      { rule: d.rule, bandMonths: [d.lo, d.hi], months },
      'NĐ 118/2021 Đ9 k7',
    );
    if (months !== null && !Number.isInteger(months)) {
      trail.flag({
        kind: 'half-month-suspension',
        act: i,
        code: row.code,
        note: `${months} months: the decision must state the half month explicitly`,
      });
    }
    lines.push({
      kind,
      minMonths: s.minMonths,
      maxMonths: s.maxMonths,
      band: { minMonths: d.lo, maxMonths: d.hi },
      suggestedMonths: d.fixed === null ? d.suggested : null,
      months,
      source,
      status: months === null ? 'needs-officer-choice' : 'computed',
      descriptionVi: s.descriptionVi,
      descriptionEn: s.descriptionEn,
    });
  }
  if (act.chosenSuspensionMonths !== undefined && !choiceUsed) {
    throw new WorksheetInputError(
      `acts[${i}].chosenSuspensionMonths`,
      lines.length === 0
        ? `${row.code} carries no suspension`
        : `the law fixes the months when the net number of circumstances is ${net} (NĐ 118/2021 Đ9 k7)`,
    );
  }
  return lines;
}
