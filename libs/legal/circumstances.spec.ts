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

  // Issue 14: each label paraphrases what its point of the law says (Đ10 k1 as amended; e.g. m names "nhiều người").
  it.each([
    ['Đ10.k1.b', /nhiều lần; tái phạm/],
    ['Đ10.k1.c', /ép buộc người bị lệ thuộc/],
    ['Đ10.k1.đ', /Lăng mạ, phỉ báng người đang thi hành công vụ/],
    ['Đ10.k1.e', /Lợi dụng chức vụ, quyền hạn/],
    ['Đ10.k1.i', /người có thẩm quyền đã yêu cầu chấm dứt/],
    ['Đ10.k1.m', /nhiều người, trẻ em, người già, người khuyết tật, phụ nữ mang thai/],
    ['Đ9.k3', /vượt quá yêu cầu của tình thế cấp thiết/],
    ['Đ9.k5', /người già yếu/],
    ['Đ9.k7', /trình độ lạc hậu/],
  ])('labels %s as the law words it', (code, wording) => {
    expect(findCircumstance(code)?.labelVi).toMatch(wording);
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
