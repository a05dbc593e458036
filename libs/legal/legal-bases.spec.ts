/** Căn cứ of form MQĐ02: the records of the file after the violation record, in the form's order. */
import { decisionBases } from './legal-bases';

const base = { date: '2026-11-23', instruments: ['119/2020/NĐ-CP'], record: { number: '12/BB-VPHC', drawnOn: '2026-10-14' }, delegation: { number: '215/QĐ-GQXP', date: '2026-08-01' }, extra: [] };

describe('decision căn cứ (MQĐ02)', () => {
  it('should cite the written explanation, then each verification record, between the record and the delegation', () => {
    const lines = decisionBases({ ...base, explanation: { from: 'Tạp chí Văn hóa', receivedOn: '2026-10-20' }, verificationRecords: [{ number: '02/BB-XM', date: '2026-10-18' }] });
    expect(lines.slice(3)).toEqual([
      'Căn cứ Biên bản vi phạm hành chính số 12/BB-VPHC lập ngày 14/10/2026',
      'Căn cứ Văn bản giải trình của Tạp chí Văn hóa nhận ngày 20/10/2026',
      'Căn cứ Biên bản xác minh tình tiết của vụ việc vi phạm hành chính số 02/BB-XM lập ngày 18/10/2026',
      'Căn cứ Quyết định số 215/QĐ-GQXP ngày 01/08/2026 về việc giao quyền xử phạt vi phạm hành chính',
    ]);
  });

  it('should cite the hearing record instead of a written explanation when the explanation was heard (LXLVPHC Đ61 k2)', () => {
    const lines = decisionBases({ ...base, explanation: { from: 'X', receivedOn: '2026-10-20' }, hearingRecord: { number: '03/BB-GTTT', date: '2026-10-21' } });
    expect(lines).toContain('Căn cứ Biên bản phiên giải trình trực tiếp số 03/BB-GTTT lập ngày 21/10/2026');
    expect(lines.join('\n')).not.toContain('Văn bản giải trình');
  });

  it('should cite none of them when the case has none', () => {
    expect(decisionBases(base)).toHaveLength(5);
  });
});
