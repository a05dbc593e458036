/**
 * Suspensions across the acts of one decision (NĐ 118/2021 Đ9 k2, k6): several suspensions of the same licence, or
 * several activity suspensions, become one at the maximum of the longest bracket; a licence is never suspended past
 * its expiry (Đ9 k2 c).
 */
import { addDays, addMonths } from '../dates';
import type { Trail } from './steps';
import type { ActInput, ActWorksheet, MergedSuspension, SuspensionLine } from './types';

interface Entry {
  act: number;
  line: SuspensionLine;
  licenceRef: string | null;
}

/** The day a suspension of `months` starting on `from` would end; a half month counts as 15 days. */
function suspensionEnd(from: string, months: number): string {
  const whole = Math.floor(months);
  const end = addMonths(from, whole);
  return months === whole ? end : addDays(end, 15);
}

function groupKey(e: Entry): string {
  switch (e.line.kind) {
    case 'activity-suspension':
      return 'activity'; // Đ9 k6 a: all activity suspensions in one decision merge
    case 'licence-suspension':
    case 'practising-certificate-suspension':
      // Without a licence reference we cannot tell two licences apart, so each stays on its own.
      return `${e.line.kind}|${e.licenceRef ?? `act-${e.act}`}`;
  }
}

export function mergeSuspensions(
  acts: readonly ActWorksheet[],
  inputs: readonly ActInput[],
  decisionDate: string | undefined,
  trail: Trail,
): MergedSuspension[] {
  const groups = new Map<string, Entry[]>();
  let licenceLinesWithoutRef = 0;
  let licenceLines = 0;
  for (const act of acts) {
    if (act.limitation.timeBarred) continue; // LXLVPHC Đ65 k1 a: no sanction once time-barred
    for (const line of act.suspensions) {
      const entry: Entry = { act: act.index, line, licenceRef: act.licenceRef };
      if (line.kind !== 'activity-suspension') {
        licenceLines++;
        if (act.licenceRef === null) licenceLinesWithoutRef++;
      }
      const key = groupKey(entry);
      const list = groups.get(key);
      if (list === undefined) groups.set(key, [entry]);
      else list.push(entry);
    }
  }
  if (licenceLines > 1 && licenceLinesWithoutRef > 0) {
    trail.flag({
      kind: 'licence-without-ref',
      note: 'some licence suspensions have no licenceRef, so suspensions of the same licence cannot be merged (NĐ 118/2021 Đ9 k2 a)',
    });
  }

  const merged: MergedSuspension[] = [];
  for (const entries of groups.values()) {
    const first = entries[0];
    const several = entries.length > 1;
    const citation = !several
      ? 'NĐ 118/2021 Đ9 k7'
      : first.line.kind === 'activity-suspension'
        ? 'NĐ 118/2021 Đ9 k6 a'
        : 'NĐ 118/2021 Đ9 k2 a';
    const months = several ? Math.max(...entries.map((e) => e.line.maxMonths)) : first.line.months;
    if (several) {
      trail.step(
        'merge-suspensions',
        undefined,
        {
          kind: first.line.kind,
          licenceRef: first.licenceRef,
          acts: entries.map((e) => e.act),
          brackets: entries.map((e) => [e.line.minMonths, e.line.maxMonths]),
        },
        { months },
        citation,
      );
    }
    let cappedUntil: string | null = null;
    let remainingTermChecked = false;
    const expiresOn =
      first.licenceRef === null
        ? inputs[first.act].licenceExpiresOn
        : inputs.find((a) => a.licenceRef === first.licenceRef && a.licenceExpiresOn !== undefined)?.licenceExpiresOn;
    if (
      first.line.kind !== 'activity-suspension' &&
      expiresOn !== undefined &&
      decisionDate !== undefined &&
      months !== null
    ) {
      remainingTermChecked = true;
      const end = suspensionEnd(decisionDate, months);
      if (expiresOn < end) cappedUntil = expiresOn;
      trail.step(
        'remaining-licence-term',
        undefined,
        { licenceRef: first.licenceRef, licenceExpiresOn: expiresOn, from: decisionDate, months },
        { suspensionWouldEnd: end, cappedUntil },
        'NĐ 118/2021 Đ9 k2 c',
      );
    }
    merged.push({
      kind: first.line.kind,
      licenceRef: first.licenceRef,
      acts: entries.map((e) => e.act),
      months,
      basis: several ? 'maximum-of-longest-bracket' : 'single-act',
      cappedUntil,
      remainingTermChecked,
      citation: cappedUntil === null ? citation : `${citation}; NĐ 118/2021 Đ9 k2 c`,
    });
  }
  return merged;
}
