import { parseAmendedBy, shortCitation, vietnameseCitation } from './citation';
import { fixtureRow } from './testing/fixtures';

describe('citations', () => {
  const amended = fixtureRow({
    code: '119/2020:Đ8.k4.e',
    amendedBy: '14/2022/NĐ-CP Đ2 k10 điểm c',
    effectiveFrom: '2022-01-27',
  });

  it('writes the MQĐ02 "Quy định tại" wording with the amending provision', () => {
    expect(vietnameseCitation(amended)).toBe(
      'điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi điểm c khoản 10 Điều 2 Nghị định số 14/2022/NĐ-CP',
    );
  });

  it('names only the amending decree when its clause is unknown', () => {
    expect(vietnameseCitation({ ...amended, amendedBy: '14/2022/NĐ-CP Đ2 k?' })).toBe(
      'điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi Điều 2 Nghị định số 14/2022/NĐ-CP',
    );
    expect(vietnameseCitation({ ...amended, amendedBy: '14/2022/NĐ-CP' })).toBe(
      'điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 14/2022/NĐ-CP',
    );
  });

  it('writes rows as first issued, and article-level provisions', () => {
    expect(vietnameseCitation(fixtureRow({ code: '119/2020:Đ21.k2' }))).toBe(
      'khoản 2 Điều 21 Nghị định số 119/2020/NĐ-CP',
    );
    expect(vietnameseCitation(fixtureRow({ code: '119/2020:Đ4' }))).toBe('Điều 4 Nghị định số 119/2020/NĐ-CP');
    expect(shortCitation(fixtureRow({ code: '119/2020:Đ4' }))).toBe('NĐ 119/2020 Đ4');
  });

  // Issue 14: a worksheet says plainly that a draft row's citation is incomplete; nothing says "chưa xác định".
  it('marks the provisional parts of a draft row and says the citation is incomplete', () => {
    const draft = (code: string, over: Partial<Parameters<typeof fixtureRow>[0]>) =>
      fixtureRow({ code, clause: null, point: null, draft: true, verified: false, verificationNote: 'x', ...over });
    const inferredClause = draft('119/2020:Đ10.k2', { missing: ['clause'] });
    expect(shortCitation(inferredClause)).toBe(
      'NĐ 119/2020 Đ10 k2? (dòng nháp, trích dẫn chưa đầy đủ: khoản chưa đọc được trong văn bản)',
    );
    const unread = draft('119/2020:Đ8.k0.a', { point: 'a', missing: ['clause'] });
    expect(shortCitation(unread)).toBe('NĐ 119/2020 Đ8 điểm a (dòng nháp, trích dẫn chưa đầy đủ: khoản chưa đọc được trong văn bản)');
    expect(vietnameseCitation(unread)).toBe(
      '[dòng nháp, trích dẫn chưa đầy đủ: khoản chưa đọc được trong văn bản] điểm a Điều 8 Nghị định số 119/2020/NĐ-CP',
    );
    const noPoint = draft('119/2020:Đ20.k1', { missing: ['clause', 'point'] });
    expect(shortCitation(noPoint)).toContain('Đ20 k1? (dòng nháp, trích dẫn chưa đầy đủ: khoản chưa đọc được trong văn bản; điểm chưa đọc được');
    for (const row of [inferredClause, unread, noPoint]) {
      expect(`${shortCitation(row)} ${vietnameseCitation(row)}`).not.toContain('chưa xác định');
    }
  });

  it('writes the short form used in worksheet steps', () => {
    expect(shortCitation(amended)).toBe('NĐ 119/2020 Đ8 k4 điểm e, sửa đổi bởi NĐ 14/2022 Đ2 k10 điểm c');
    expect(parseAmendedBy('14/2022/NĐ-CP Đ2 k9 a')).toEqual({
      instrument: '14/2022/NĐ-CP',
      article: 2,
      clause: 9,
      point: 'a',
    });
  });
});
