import {
  AGGRAVATING_CIRCUMSTANCES,
  MITIGATING_CIRCUMSTANCES,
  findCircumstance,
  isAggravatingCode,
  isMitigatingCode,
} from './circumstances';

describe('circumstances', () => {
  it('lists the eight mitigating circumstances of LXLVPHC Đ9 k1–k8', () => {
    expect(MITIGATING_CIRCUMSTANCES.map((c) => c.citation)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((k) => `LXLVPHC Đ9 k${k}`),
    );
  });

  it('lists the aggravating circumstances of LXLVPHC Đ10 k1 a–m in Vietnamese letter order', () => {
    expect(AGGRAVATING_CIRCUMSTANCES.map((c) => c.code.slice(-1)).join('')).toBe('abcdđeghiklm');
  });

  it('has unique codes and non-empty labels in both languages', () => {
    const all = [...MITIGATING_CIRCUMSTANCES, ...AGGRAVATING_CIRCUMSTANCES];
    expect(new Set(all.map((c) => c.code)).size).toBe(all.length);
    for (const c of all) expect(c.labelVi.length * c.labelEn.length).toBeGreaterThan(0);
  });

  it('tells mitigating from aggravating codes', () => {
    expect([
      isMitigatingCode('Đ9.k2'),
      isAggravatingCode('Đ9.k2'),
      isAggravatingCode('Đ10.k1.b'),
      isMitigatingCode('x'),
    ]).toEqual([true, false, true, false]);
    expect(findCircumstance('Đ10.k1.b')?.citation).toBe('LXLVPHC Đ10 k1 b');
  });
});
