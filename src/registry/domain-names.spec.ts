import { domainQuery, domainSearchText, normaliseDomain, normaliseSiteAddress } from '@app/registry/domain-names';

/** Issue 12 (low): one stored form for every way of writing a domain. */
describe('domain names', () => {
  it.each([
    ['bücher.vn', 'the Unicode form'],
    ['XN--BCHER-KVA.VN', 'the punycode form in capitals'],
    ['ｂüｃｈｅｒ．ｖｎ', 'the full-width form'],
    ['bü\u200Bcher.vn', 'a zero-width space inside'],
    ['\uFEFFbücher.vn\u2060', 'a BOM and a word joiner around'],
    ['bu\u0308cher.vn', 'the decomposed ü'],
    ['https://bücher.vn/', 'a pasted address'],
    ['bücher.vn.', 'the final dot'],
  ])('should store %j (%s) as xn--bcher-kva.vn', (input) => {
    expect(normaliseDomain(input)).toBe('xn--bcher-kva.vn');
  });

  it.each(['', 'localhost', '1.2.3.4', 'a_b.vn', '-a.vn', 'a..vn', 'xn--zz.vn', 'tin\u202Etuc.vn', 'x.vn:8080', 'user@x.vn', 'x.vn/path', 'a b.vn', `${'a'.repeat(64)}.vn`])(
    'should refuse %j as a domain',
    (input) => {
      expect(normaliseDomain(input)).toBeNull();
    },
  );

  it('should keep the path of a channel and normalise its domain', () => {
    expect(normaliseSiteAddress('https://www.Facebook.com/Tin.Nong/')).toBe('www.facebook.com/Tin.Nong');
    expect(normaliseSiteAddress('ｂüｃｈｅｒ．ｖｎ／kenh')).toBe('xn--bcher-kva.vn/kenh');
    expect(normaliseSiteAddress('facebook.com/tin\u202Enong')).toBeNull();
  });

  it('should search by the stored and the readable form, and read any form of a query as the stored one', () => {
    expect(domainSearchText(['xn--bcher-kva.vn', 'xn--bcher-kva.vn/Kênh'])).toBe('xn--bcher-kva.vn bucher.vn xn--bcher-kva.vn/kenh bucher.vn/kenh');
    expect(domainQuery('ｂüｃｈｅｒ．ｖｎ')).toBe('xn--bcher-kva.vn');
    expect(domainQuery('Nguyễn Văn A')).toBeNull();
  });
});
