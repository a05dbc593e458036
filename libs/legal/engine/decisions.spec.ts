/**
 * Published decisions (legal-research.md §1.4, ranges-confirmation.md) reproduced where the range is known. Ranges
 * marked INFERRED in the research are used as fixture rows; circumstances are those the decisions state or the
 * only ones that fit, as noted per case.
 */
import { D8_SERIOUS, M, TWO_MITIGATING, act, fixtureCatalogue } from '../testing/fixtures';
import { computeWorksheet } from './compute';
import type { ActInput } from './types';

const catalogue = fixtureCatalogue();
const total = (acts: ActInput[]) => computeWorksheet(catalogue, { acts }).totalFineVnd;
const when = { endedOn: '2023-11-01', detectedOn: '2023-11-20' };

describe('published decisions', () => {
  it('Phụ nữ mới, QĐ 210: Đ5 k3 b + Đ8 k4 e at their medians = 72 500 000', () => {
    expect(total([act({ code: '119/2020:Đ5.k3.b', ...when }), act(when)])).toBe(72_500_000);
  });

  it('Môi trường xây dựng 2024: 68 750 000 = 50 000 000 + the suggested 18 750 000 on Đ5 k3 b with one mitigating (LXLVPHC Đ23 k4)', () => {
    const ws = computeWorksheet(catalogue, {
      acts: [act({ code: '119/2020:Đ5.k3.b', mitigating: [M('Đ9.k2')] }), act()],
    });
    expect(ws.acts[0].fine.suggestedVnd).toBe(18_750_000);
    const chosen = act({
      code: '119/2020:Đ5.k3.b',
      mitigating: [M('Đ9.k2')],
      chosenAmountVnd: 18_750_000,
      chosenAmountReason: 'cooperated',
    });
    expect(total([chosen, act()])).toBe(68_750_000);
  });

  it('QĐ 137/QĐ-XPHC 2022: 55 000 000 = both acts at their minimum (≥ 2 mitigating, NĐ 118/2021 Đ9 k1 b)', () => {
    const d = { endedOn: '2022-10-01', detectedOn: '2022-10-15', mitigating: TWO_MITIGATING };
    expect(total([act({ code: '119/2020:Đ5.k3.b', ...d }), act(d)])).toBe(55_000_000);
  });

  it('Diễn đàn Doanh nghiệp 2023 and KD&BM 2024: 50 000 000 for Đ8 k4 e alone (median)', () => {
    expect(total([act(when)])).toBe(50_000_000);
  });

  it('Quảng Trị 2022: 40 000 000 for Đ8 k4 e (the minimum)', () => {
    expect(total([act({ endedOn: '2022-11-01', detectedOn: '2022-11-10', mitigating: TWO_MITIGATING })])).toBe(
      40_000_000,
    );
  });

  it('KD&BM 2024: the editor-in-chief pays 4 000 000 on Đ6 k1 đ, an individual-amount row (median of 3–5M)', () => {
    expect(
      total([
        act({ code: '119/2020:Đ6.k1.đ', offenderType: 'individual', endedOn: '2024-03-01', detectedOn: '2024-03-05' }),
      ]),
    ).toBe(4_000_000);
  });

  it('Zing / Tri thức trực tuyến 2023: 65 000 000 is the suggested amount on 50–70M with one aggravating', () => {
    const ws = computeWorksheet(catalogue, {
      acts: [act({ code: D8_SERIOUS, aggravating: [M('Đ10.k1.b')] })],
    });
    expect(ws.acts[0].fine.suggestedVnd).toBe(65_000_000);
  });

  it('cafeland.vn 2024: 25 000 000 for Đ20 k2 a (median of 20–30M)', () => {
    expect(total([act({ code: '119/2020:Đ20.k2.a' })])).toBe(25_000_000);
  });

  it('TikTokers, TP.HCM 2024: 7 500 000 each, the median of NĐ 15/2020 Đ101 k1 halved for individuals', () => {
    expect(
      total([
        act({ code: '15/2020:Đ101.k1', offenderType: 'individual', endedOn: '2024-04-20', detectedOn: '2024-05-01' }),
      ]),
    ).toBe(7_500_000);
  });

  it('Tri thức Xanh 2021: 99 700 000 = 4M (median) + 0.7M and 25M (officer choices) + 70M (one aggravating, repeated)', () => {
    const d = { endedOn: '2021-05-01', detectedOn: '2021-05-20' };
    const acts = [
      act({ code: '119/2020:Đ14.k3.a', ...d }),
      act({
        code: '119/2020:Đ14.k2',
        ...d,
        mitigating: [M('Đ9.k2')],
        chosenAmountVnd: 700_000,
        chosenAmountReason: 'as decided',
      }),
      act({
        code: '119/2020:Đ5.k3.b',
        ...d,
        aggravating: [M('Đ10.k1.b')],
        chosenAmountVnd: 25_000_000,
        chosenAmountReason: 'as decided',
      }),
      act({
        code: D8_SERIOUS,
        ...d,
        aggravating: [M('Đ10.k1.b')],
        chosenAmountVnd: 70_000_000,
        chosenSuspensionMonths: 3,
        chosenAmountReason: 'repeated',
      }),
    ];
    expect(total(acts)).toBe(99_700_000);
  });

  it('§3.3 worked example: an individual on a 3–5M individual-amount row pays the median 4 000 000', () => {
    expect(total([act({ code: '119/2020:Đ6.k1.đ', offenderType: 'individual' })])).toBe(4_000_000);
  });
});
