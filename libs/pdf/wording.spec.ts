import { commonWording, decisionWording, endWith, fill, identityLines, recordWording } from './wording';

describe('wording', () => {
  it('loads every key the layouts read from the template files', () => {
    expect(commonWording().nationalName).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decisionWording()['summary.sanction']).toBe('Xử phạt vi phạm hành chính');
    expect(recordWording().title).toBe('BIÊN BẢN VI PHẠM HÀNH CHÍNH');
  });

  it('fills placeholders and refuses to leave one empty', () => {
    expect(fill('Điều {n}.', { n: 3 })).toBe('Điều 3.');
    expect(() => fill('Gửi cho {body}.', {})).toThrow(/no value for \{body\}/);
  });

  it('replaces trailing punctuation so list items end ";" and the last "."', () => {
    expect(endWith('Như Điều 3;', '.')).toBe('Như Điều 3.');
    expect(endWith('Lưu: VT, Hồ sơ. ', ';')).toBe('Lưu: VT, Hồ sơ;');
  });

  it('writes identity dates as dd/mm/yyyy and skips fields that are not known', () => {
    const lines = identityLines({
      kind: 'individual',
      fullName: 'Trần Văn B',
      gender: 'male',
      dateOfBirth: '1985-12-01',
      nationality: 'Việt Nam',
      residence: 'Hà Nội',
      identityNumber: '001085000001',
      identityIssuedOn: '2021-04-10',
    });
    expect(lines).toEqual([
      'Họ và tên: Trần Văn B; Giới tính: Nam',
      'Ngày, tháng, năm sinh: 01/12/1985; Quốc tịch: Việt Nam',
      'Nơi ở hiện tại: Hà Nội',
      'Số định danh cá nhân/CMND/Hộ chiếu: 001085000001; ngày cấp: 10/04/2021',
    ]);
  });
});
