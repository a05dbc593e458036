import { newVerificationCode, normaliseVerificationCode, printedCode } from '@app/decisions/verification-code';

describe('verification codes (mã tra cứu)', () => {
  it('should make 10 Crockford base32 symbols, never I, L, O or U', () => {
    for (let i = 0; i < 200; i++) expect(newVerificationCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('should map each random byte to a symbol by its low 5 bits', () => {
    expect(newVerificationCode(() => Buffer.from([0, 1, 31, 32, 63, 255, 16, 17, 18, 19]))).toBe('01Z0ZZGHJK');
  });

  it('should give distinct codes', () => {
    const codes = new Set(Array.from({ length: 5000 }, () => newVerificationCode()));
    expect(codes.size).toBe(5000);
  });

  it('should print the code in two groups of five', () => {
    expect(printedCode('7F3K9XQ2AB')).toBe('7F3K9-XQ2AB');
  });

  it('should read back what a person types: lower case, hyphens, and O/I/L look-alikes', () => {
    expect(normaliseVerificationCode('7f3k9-xq2ab')).toBe('7F3K9XQ2AB');
    expect(normaliseVerificationCode('O1IL0-abcde')).toBe('01110ABCDE');
  });

  it('should refuse what cannot be a code', () => {
    expect(normaliseVerificationCode('7F3K9')).toBeNull();
    expect(normaliseVerificationCode('7F3K9XQ2AU')).toBeNull();
    expect(normaliseVerificationCode("' or 1=1 --")).toBeNull();
  });
});
