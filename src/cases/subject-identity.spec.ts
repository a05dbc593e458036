import { fromSanctionSubject, mergeIdentity, toSanctionSubject, type SubjectIdentity } from '@app/cases/subject-identity';
import { sampleDecision } from '@libs/pdf/samples';

const ORG: SubjectIdentity = { kind: 'organisation', name: 'Tạp chí Văn hóa', address: 'Số 1 Lê Duẩn', representativeName: 'Lê Văn Hùng', representativeTitle: 'Tổng Biên tập' };

describe('subject identity (nhân thân, MQĐ02 / MBB01 Điều 1 item 1)', () => {
  it('should name every field the form needs and nobody knows yet, never filling one in', () => {
    expect(toSanctionSubject(ORG)).toEqual({ missing: ['subject.representativeGender'] });
    expect(toSanctionSubject({ kind: 'individual', name: 'Nguyễn Văn A' })).toEqual({
      missing: ['subject.gender', 'subject.dateOfBirth', 'subject.nationality', 'subject.address', 'subject.identityNumber'],
    });
  });

  it('should map a complete organisation to the printed form, with its licence as the registration', () => {
    const done = toSanctionSubject({ ...ORG, representativeGender: 'female', registrationNumber: '456/GP-BTTTT', registrationLabel: 'Số giấy phép hoạt động báo chí' });
    expect(done).toEqual({
      subject: {
        kind: 'organisation',
        name: 'Tạp chí Văn hóa',
        headOfficeAddress: 'Số 1 Lê Duẩn',
        registration: { label: 'Số giấy phép hoạt động báo chí', number: '456/GP-BTTTT' },
        legalRepresentative: { fullName: 'Lê Văn Hùng', gender: 'female', title: 'Tổng Biên tập' },
      },
    });
  });

  it('should let what the officer sends override the registry, field by field, ignoring empty values', () => {
    const merged = mergeIdentity(ORG, { address: 'Số 2 Lê Duẩn', representativeGender: 'male', name: undefined });
    expect(merged).toMatchObject({ kind: 'organisation', name: 'Tạp chí Văn hóa', address: 'Số 2 Lê Duẩn', representativeGender: 'male' });
  });

  it('should read back the identity a printed document holds', () => {
    const subject = sampleDecision().subject;
    const back = toSanctionSubject(fromSanctionSubject(subject));
    expect(back).toEqual({ subject: JSON.parse(JSON.stringify(subject)) });
  });
});
