import { CatalogueValidationError, NoVersionInForceError, WorksheetInputError, type WorksheetInput } from '@libs/legal';
import { AppError, ErrorCode } from '@app/common/errors';
import { catalogueProblemField, toAppError } from '@app/legal/legal-errors';

const act = (code: string, endedOn: string) => ({
  code,
  offenderType: 'organisation' as const,
  ongoingAtDetection: false,
  endedOn,
  detectedOn: '2024-12-01',
  mitigating: [],
  aggravating: [],
});

describe('toAppError', () => {
  it('names the act whose code has no version in force on its deciding date (NĐ 118/2021 Đ7 k2)', () => {
    const input: WorksheetInput = { acts: [act('A', '2024-01-01'), act('B', '2020-06-01')] };
    const e = toAppError(
      new NoVersionInForceError('B', '2020-06-01', [{ effectiveFrom: '2022-01-27', effectiveTo: null }], ['C']),
      input,
    ) as AppError;
    expect(e.code).toBe(ErrorCode.NoVersionInForce);
    expect(e.status).toBe(422);
    expect(e.details).toMatchObject({ fields: [{ field: 'acts[1].code' }], successorCodes: ['C'], knownCode: true });
  });

  it('keeps the field path of an engine input error', () => {
    const e = toAppError(new WorksheetInputError('acts[2].endedOn', 'is after detection')) as AppError;
    expect(e.details).toEqual({ fields: [{ field: 'acts[2].endedOn', messages: ['is after detection'] }] });
  });

  it('passes anything else through unchanged', () => {
    const bug = new TypeError('x');
    expect(toAppError(bug)).toBe(bug);
  });

  it('turns a catalogue problem into a 422 naming the row', () => {
    const e = toAppError(
      new CatalogueValidationError('X (effectiveFrom 2020-12-01)', 'fine.minVnd 2 is greater than fine.maxVnd 1'),
    ) as AppError;
    expect(e.details).toMatchObject({ row: 'X (effectiveFrom 2020-12-01)', fields: [{ field: 'fine.minVnd' }] });
  });
});

describe('catalogueProblemField', () => {
  it.each([
    ['overlaps the version from 2022-01-27 to now', 'effectiveFrom'],
    ['effectiveTo 2020-01-01 is before effectiveFrom', 'effectiveTo'],
    ['fine 1–3 does not give whole VND on both sides', 'fine'],
    ['additionalSanctions[0].minMonths must be a whole number ≥ 1', 'additionalSanctions[0].minMonths'],
    ['code article Đ9 does not match article 8', 'code'],
    ['an unverified row needs a verificationNote saying what is not verified', 'verificationNote'],
    ['something unexpected', 'row'],
  ])('reads "%s" as %s', (problem, field) => {
    expect(catalogueProblemField(problem)).toBe(field);
  });
});
