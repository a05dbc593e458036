import { type ActInput, computeWorksheet, type Worksheet } from '@libs/legal';
import { fixtureCatalogue } from '@libs/legal/testing/fixtures';
import { decisionLineValues } from './lines';

/** A frozen single-act worksheet, as a decision's snapshot holds one per violation. */
function worksheet(act: Partial<ActInput> & Pick<ActInput, 'code'>): Worksheet {
  return computeWorksheet(fixtureCatalogue(), {
    decisionDate: '2026-03-02',
    acts: [
      {
        offenderType: 'organisation',
        ongoingAtDetection: false,
        endedOn: '2026-01-10',
        detectedOn: '2026-01-20',
        mitigating: [],
        aggravating: [],
        ...act,
      },
    ],
  });
}

const SITE_POSTED_RECALLED_WORK = '119/2020:Đ20.k4.d'; // 40–50M, tước giấy phép 3–12 tháng (Đ20 k7)
const QUOTING_RULES = '119/2020:Đ20.k2.a'; // 20–30M
const MISSING_PARTICULARS = '119/2020:Đ12.k1'; // cảnh cáo

describe('decisionLineValues', () => {
  it('gives one line per act, numbered in the decision order, with the fine the worksheet imposes', () => {
    const lines = decisionLineValues([
      { violationId: 'v1', worksheet: worksheet({ code: QUOTING_RULES }) },
      { violationId: 'v2', worksheet: worksheet({ code: MISSING_PARTICULARS }) },
    ]);
    expect(lines.map((l) => [l.lineNo, l.violationId, l.code, l.fineVnd, l.warning])).toEqual([
      [1, 'v1', QUOTING_RULES, 25_000_000, false],
      [2, 'v2', MISSING_PARTICULARS, 0, true],
    ]);
  });

  it('counts a licence suspension once with its months on the act that carries it', () => {
    const [line] = decisionLineValues([
      { violationId: 'v1', worksheet: worksheet({ code: SITE_POSTED_RECALLED_WORK, licenceRef: '12/GP-TTĐT' }) },
    ]);
    expect(line.licenceSuspensionMonths).toBe(7.5);
    expect(line.activitySuspensionMonths).toBe(0);
  });

  it('merges two suspensions of the same licence into one at the longest bracket maximum (NĐ 118/2021 Đ9 k2 a)', () => {
    const lines = decisionLineValues([
      { violationId: 'v1', worksheet: worksheet({ code: SITE_POSTED_RECALLED_WORK, licenceRef: '12/GP-TTĐT' }) },
      { violationId: 'v2', worksheet: worksheet({ code: SITE_POSTED_RECALLED_WORK, licenceRef: '12/GP-TTĐT' }) },
    ]);
    expect(lines.map((l) => l.licenceSuspensionMonths)).toEqual([12, 0]);
  });

  it('keeps suspensions of two different licences apart', () => {
    const lines = decisionLineValues([
      { violationId: 'v1', worksheet: worksheet({ code: SITE_POSTED_RECALLED_WORK, licenceRef: '12/GP-TTĐT' }) },
      { violationId: 'v2', worksheet: worksheet({ code: SITE_POSTED_RECALLED_WORK, licenceRef: '99/GP-TTĐT' }) },
    ]);
    expect(lines.map((l) => l.licenceSuspensionMonths)).toEqual([7.5, 7.5]);
  });

  it('counts the remedial measures the applied catalogue row prescribes', () => {
    const [line] = decisionLineValues([{ violationId: 'v1', worksheet: worksheet({ code: '119/2020:Đ8.k4.e' }) }]);
    expect(line.remedialMeasureCount).toBe(1);
  });
});
