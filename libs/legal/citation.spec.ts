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

  it('writes rows as first issued, and rows whose clause was not read', () => {
    expect(vietnameseCitation(fixtureRow({ code: '119/2020:Đ21.k2' }))).toBe(
      'khoản 2 Điều 21 Nghị định số 119/2020/NĐ-CP',
    );
    const unread = fixtureRow({ code: '119/2020:Đ20.k?.top', verified: false, verificationNote: 'x' });
    expect(vietnameseCitation(unread)).toBe('Điều 20 Nghị định số 119/2020/NĐ-CP');
    expect(shortCitation(unread)).toBe('NĐ 119/2020 Đ20 (khoản chưa xác định)');
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
