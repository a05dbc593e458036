/** One line of the worksheet: version, circumstances, fine, suspensions and per-act checks for one act. */
import { checkAuthority, type AuthorityCheck } from '../authority-check';
import type { SignerTitle } from '../authority';
import type { Catalogue } from '../catalogue/catalogue';
import { isSuspensionKind, type AdditionalSanction, type CatalogueRow } from '../catalogue/types';
import { draftNotice } from '../citation';
import { checkExplanationRight, checkLenientLaw, checkLimitation, summariseVersion } from './checks';
import { computeFine, computeSuspensions, countCircumstances } from './fine';
import type { Trail } from './steps';
import type { ActInput, ActStatus, ActWorksheet, FineLine } from './types';

function checkSignerAuthority(
  row: CatalogueRow,
  act: ActInput,
  fine: FineLine,
  hasSuspension: boolean,
  title: SignerTitle,
  decisionDate: string,
  i: number,
  trail: Trail,
): AuthorityCheck {
  const basisVnd = fine.status === 'warning-only' ? 0 : (fine.applied?.maxVnd ?? null);
  const check = checkAuthority({
    title,
    decisionDate,
    field: row.field,
    offenderType: act.offenderType,
    basisVnd,
    needsSuspensionPower: hasSuspension,
  });
  trail.step(
    'authority',
    i,
    { title, decisionDate, field: row.field, basisVnd, needsSuspensionPower: hasSuspension },
    check,
    check.citation,
  );
  if (check.capVnd !== null && !check.confirmed) {
    trail.flag({
      kind: 'unconfirmed-authority-figure',
      act: i,
      note: `${title} cap ${check.capVnd} (${check.regime}) is not confirmed: ${check.note ?? 'see authority table'}`,
    });
  }
  if (
    check.withinAuthority === false &&
    check.capVnd !== null &&
    fine.amountVnd !== null &&
    fine.amountVnd <= check.capVnd
  ) {
    trail.flag({
      kind: 'authority-basis',
      act: i,
      note: `the amount ${fine.amountVnd} is within the cap but the bracket maximum ${basisVnd} is not; the engine measures the bracket maximum`,
    });
  }
  return check;
}

export function computeAct(
  catalogue: Catalogue,
  act: ActInput,
  i: number,
  decisionDate: string | undefined,
  signer: SignerTitle | undefined,
  trail: Trail,
): ActWorksheet {
  // NĐ 118/2021 Đ7 k2: ended act → version in force when it ended; ongoing act → version in force at detection.
  const ended = !act.ongoingAtDetection;
  const resolvedOn = ended ? (act.endedOn as string) : act.detectedOn;
  const row = catalogue.resolve(act.code, resolvedOn);
  const version = summariseVersion(row);
  trail.step(
    'resolve-version',
    i,
    {
      code: act.code,
      ongoingAtDetection: act.ongoingAtDetection,
      endedOn: act.endedOn ?? null,
      detectedOn: act.detectedOn,
      date: resolvedOn,
    },
    {
      effectiveFrom: row.effectiveFrom,
      effectiveTo: row.effectiveTo,
      verified: row.verified,
      citationVi: version.citationVi,
    },
    `NĐ 118/2021 Đ7 k2 ${ended ? 'a' : 'b'}; ${version.citationShort}`,
  );
  if (!row.verified)
    {trail.flag({ kind: 'unverified-row', act: i, code: row.code, note: row.verificationNote ?? 'not verified' });}
  if (row.draft) {
    // A preview may use a draft row; a record or decision may not (the application refuses them).
    trail.flag({ kind: 'draft-row', act: i, code: row.code, note: `${draftNotice(row)}: no violation record or decision may cite this row until a legal officer completes it` });
  }

  const counted = countCircumstances(act, row, i, trail);
  const fine = computeFine(act, row, counted.net, i, trail);
  const suspensions = computeSuspensions(act, row, counted.net, i, trail);
  const other: AdditionalSanction[] = row.additionalSanctions
    .filter((s) => !isSuspensionKind(s.kind))
    .map((s) => ({ ...s }));

  const limitation = checkLimitation(row.field, resolvedOn, decisionDate);
  trail.step(
    'limitation',
    i,
    { field: row.field, countedFrom: resolvedOn, decisionDate: decisionDate ?? null },
    limitation.checked
      ? { timeBarred: limitation.timeBarred, lastDecisionDate: limitation.lastDecisionDate }
      : { checked: false, note: 'no decision date given: not checked', lastDecisionDate: limitation.lastDecisionDate },
    limitation.citation,
  );
  if (limitation.timeBarred) {
    trail.flag({
      kind: 'time-barred',
      act: i,
      code: row.code,
      note: `time-barred since ${limitation.lastDecisionDate}: no fine or suspension; confiscation and remedial measures remain possible (LXLVPHC Đ65 k1 a, k2)`,
    });
  }

  const explanationRight = checkExplanationRight(
    act.offenderType,
    fine.applied?.maxVnd ?? null,
    fine.status !== 'range-unknown',
    suspensions.length > 0,
  );
  trail.step(
    'explanation-right',
    i,
    { offenderType: act.offenderType, appliedMaxVnd: fine.applied?.maxVnd ?? null, suspension: suspensions.length > 0 },
    explanationRight,
    explanationRight.citation,
  );

  let authority: AuthorityCheck | null = null;
  if (signer !== undefined && decisionDate !== undefined) {
    authority = checkSignerAuthority(row, act, fine, suspensions.length > 0, signer, decisionDate, i, trail);
  } else {
    trail.step(
      'authority',
      i,
      { signer: signer ?? null, decisionDate: decisionDate ?? null },
      { checked: false, note: 'needs both the signer and the decision date' },
      'LXLVPHC Đ52 k1',
    );
  }

  const lenientLaw =
    decisionDate === undefined ? null : checkLenientLaw(catalogue, row, act.offenderType, decisionDate);
  if (lenientLaw !== null) {
    trail.step(
      'lenient-law',
      i,
      { appliedVersion: row.effectiveFrom, decisionDate },
      { lighter: lenientLaw.lighter, proposed: lenientLaw.proposed, note: lenientLaw.note },
      lenientLaw.citation,
    );
    if (lenientLaw.lighter)
      {trail.flag({ kind: 'more-lenient-later-law', act: i, code: row.code, note: lenientLaw.note });}
    else if (lenientLaw.laterVersion === null)
      {trail.flag({ kind: 'no-longer-listed', act: i, code: row.code, note: lenientLaw.note });}
  }

  const pending =
    fine.status === 'needs-officer-choice' || suspensions.some((s) => s.status === 'needs-officer-choice');
  const status: ActStatus = limitation.timeBarred
    ? 'complete'
    : fine.status === 'range-unknown'
      ? 'incomplete'
      : pending
        ? 'needs-officer-choice'
        : 'complete';
  const imposedFineVnd = limitation.timeBarred || fine.status === 'warning-only' ? 0 : fine.amountVnd;

  return {
    index: i,
    ref: act.ref ?? null,
    code: act.code,
    offenderType: act.offenderType,
    resolvedOn,
    resolvedBy: ended ? 'end-date' : 'detection-date',
    version,
    mitigating: counted.mitigating,
    aggravating: counted.aggravating,
    ignoredCircumstances: counted.ignored,
    fine,
    imposedFineVnd,
    suspensions,
    otherAdditionalSanctions: other,
    remedialMeasures: row.remedialMeasures.map((m) => ({ ...m })),
    licenceRef: act.licenceRef ?? null,
    limitation,
    explanationRight,
    authority,
    lenientLaw,
    status,
  };
}
