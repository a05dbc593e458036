import type { Violation } from '@app/cases/entities/violation.entity';
import { DecisionKind, RefusalCode } from '@app/decisions/decisions.enums';
import { issueRefusals, type IssueFacts } from '@app/decisions/issue-checks';
import { Catalogue, computeWorksheet, loadShippedCatalogue, type CatalogueRow } from '@libs/legal';

const MISSION = '119/2020:Đ8.k4.e';
const LICENCE = '119/2020:Đ5.k3.b';

/** The shipped rows with the two magazine rows verified, as after a legal officer's verification. */
const verified = Catalogue.fromRows(
  loadShippedCatalogue()
    .rows()
    .map((r): CatalogueRow => ([MISSION, LICENCE].includes(r.code) && r.fine !== null ? { ...r, verified: true } : r)),
);

function violation(code: string, endedOn: string): Violation {
  const worksheet = computeWorksheet(loadShippedCatalogue(), {
    acts: [{ code, offenderType: 'organisation', endedOn, ongoingAtDetection: false, detectedOn: '2026-10-14', mitigating: [], aggravating: [] }],
  });
  return { id: code, worksheet, limitationLastDay: worksheet.acts[0].limitation.lastDecisionDate } as Violation;
}

const facts = (over: Partial<IssueFacts> = {}): IssueFacts => ({
  kind: DecisionKind.Sanction,
  issuedOn: '2026-11-23',
  signerTitle: 'department-director',
  caseGuard: null,
  violations: [violation(LICENCE, '2026-09-24'), violation(MISSION, '2026-10-04')],
  catalogue: verified,
  additionalSanctions: 0,
  remedialMeasures: 1,
  ...over,
});

const codes = (f: IssueFacts) => issueRefusals(f).map((r) => [r.code, r.act]);

describe('issue refusals (every reason, per act)', () => {
  it('should allow a department director to decide both magazine acts once the rows are verified (NĐ 189/2025 Đ6 k2: 80% of the field maximum)', () => {
    expect(issueRefusals(facts())).toEqual([]);
  });

  it('should name each act whose catalogue row is unverified in the current catalogue', () => {
    expect(codes(facts({ catalogue: loadShippedCatalogue() }))).toEqual([
      [RefusalCode.UnverifiedRule, 0],
      [RefusalCode.UnverifiedRule, 1],
    ]);
  });

  it('should refuse an act whose limitation ended before the issue date (LXLVPHC Đ6 k1: 2 years for the press)', () => {
    const old = violation(MISSION, '2024-06-30');
    expect(old.limitationLastDay).toBe('2026-06-30');
    expect(codes(facts({ violations: [old] }))).toEqual([[RefusalCode.TimeBarred, 0]]);
    expect(codes(facts({ violations: [old], issuedOn: '2026-06-30' }))).toEqual([]);
  });

  it('should not re-check the limitation for a correction, which does not decide the sanction again', () => {
    expect(codes(facts({ kind: DecisionKind.Correct, violations: [violation(MISSION, '2024-06-30')] }))).toEqual([]);
  });

  it('should refuse an act whose bracket maximum is above the signer\'s cap and say where it must go (LXLVPHC Đ52 k1)', () => {
    const [reason] = issueRefusals(facts({ signerTitle: 'inspector', violations: [violation(MISSION, '2026-10-04')] }));
    expect(reason).toMatchObject({ code: RefusalCode.AboveSignerCap, act: 0 });
    expect(reason.message).toContain('cap of 50.000.000 đồng against the bracket maximum 60.000.000 đồng');
    expect(reason.message).toContain('must go to Chủ tịch Ủy ban nhân dân cấp xã');
  });

  it('should refuse a title with no power in the regime of the issue date (Chánh Thanh tra Sở after 2025-06-30)', () => {
    expect(codes(facts({ signerTitle: 'department-chief-inspector' }))).toEqual([
      [RefusalCode.AboveSignerCap, 0],
      [RefusalCode.AboveSignerCap, 1],
    ]);
  });

  it('should wait for the officer\'s choice of amount (LXLVPHC Đ23 k4) and refuse an unknown range', () => {
    const [a, b] = facts().violations as Violation[];
    const choice = { ...a, worksheet: { ...a.worksheet, acts: [{ ...a.worksheet.acts[0], status: 'needs-officer-choice' as const }] } } as Violation;
    const unknown = { ...b, worksheet: { ...b.worksheet, acts: [{ ...b.worksheet.acts[0], status: 'incomplete' as const }] } } as Violation;
    expect(codes(facts({ violations: [choice, unknown] }))).toEqual([
      [RefusalCode.NeedsOfficerChoice, 0],
      [RefusalCode.FineRangeUnknown, 1],
    ]);
  });

  it('should report the case guard: an open explanation window (LXLVPHC Đ61), or a case not ready', () => {
    expect(codes(facts({ caseGuard: { key: 'explanation_window', message: 'runs until 2026-11-30' } }))).toEqual([[RefusalCode.ExplanationWindowOpen, undefined]]);
    expect(codes(facts({ caseGuard: { key: 'status', message: 'the case is already decided' } }))).toEqual([[RefusalCode.CaseNotReady, undefined]]);
  });

  it('should report the case\'s limitation once, also when the time-barred violation is left out of the draft', () => {
    const guard = { key: 'limitation', message: 'the limitation period ended on 2026-06-30' };
    expect(codes(facts({ caseGuard: guard }))).toEqual([[RefusalCode.TimeBarred, undefined]]);
    expect(codes(facts({ caseGuard: guard, violations: [violation(MISSION, '2024-06-30')] }))).toEqual([[RefusalCode.TimeBarred, 0]]);
  });

  it('should name an act whose violation left the case', () => {
    expect(codes(facts({ violations: [undefined] }))).toEqual([[RefusalCode.ViolationMissing, 0]]);
  });

  it('should refuse an additional sanction when no act\'s clause provides one (neither Đ5 k3 nor Đ8 k4 of NĐ 119/2020 does)', () => {
    const [reason] = issueRefusals(facts({ additionalSanctions: 1 }));
    expect(reason).toMatchObject({ code: RefusalCode.AdditionalSanctionNotProvided });
    expect(reason.message).toContain('119/2020:Đ5.k3.b, 119/2020:Đ8.k4.e');
  });

  it('should allow the take-down order, which Đ8 k4 e provides, and refuse a remedial measure for Đ5 k3 b alone', () => {
    expect(codes(facts({ remedialMeasures: 1 }))).toEqual([]);
    expect(codes(facts({ violations: [violation(LICENCE, '2026-09-24')], remedialMeasures: 1 }))).toEqual([[RefusalCode.RemedialMeasureNotProvided, undefined]]);
    expect(codes(facts({ violations: [violation(LICENCE, '2026-09-24')], remedialMeasures: 0 }))).toEqual([]);
  });
});
