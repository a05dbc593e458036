import { AUTHORITY_CAPS, AUTHORITY_REGIMES } from './authority';
import { authorityRegimeOn, capsOn } from './authority-check';
import { addDays } from './dates';

describe('authority table', () => {
  it('has contiguous regimes: NĐ 119 (2020-12-01), NĐ 14/2022 (2022-01-27), NĐ 189 (2025-07-01), NĐ 311 (2026-09-26)', () => {
    for (let i = 1; i < AUTHORITY_REGIMES.length; i++) {
      expect(addDays(AUTHORITY_REGIMES[i - 1].effectiveTo as string, 1)).toBe(AUTHORITY_REGIMES[i].effectiveFrom);
    }
    expect([authorityRegimeOn('2025-06-30')?.id, authorityRegimeOn('2025-07-01')?.id]).toEqual([
      'nd-119-2020-as-amended-2022',
      'nd-189-2025',
    ]);
    expect([authorityRegimeOn('2026-09-25')?.id, authorityRegimeOn('2026-09-26')?.id]).toEqual([
      'nd-189-2025',
      'nd-189-2025-as-amended-2026',
    ]);
    expect(authorityRegimeOn('2020-11-30')).toBeUndefined();
  });

  it('cites every row and lists each title at most once per regime and field', () => {
    const seen = new Set<string>();
    for (const row of AUTHORITY_CAPS) {
      expect(row.citation).toMatch(/NĐ \d+\/\d{4}/);
      for (const field of row.fields) {
        const key = `${row.regime}|${row.title}|${field}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      if (!row.confirmed) expect(row.note).toBeTruthy();
    }
  });

  it.each([
    ['department-director', 'press', 'organisation', 400_000_000],
    ['department-director', 'e-information', 'organisation', 160_000_000], // matches NĐ 174/2026 Đ104 k4
    ['commune-chair', 'e-information', 'organisation', 100_000_000], // matches NĐ 174/2026 Đ106
    ['provincial-chair', 'e-information', 'organisation', 200_000_000],
    ['provincial-chair', 'publishing', 'individual', 100_000_000],
  ] as const)(
    'NĐ 189/2025: %s in %s for an %s is capped at %d (organisation = 2 × individual, LXLVPHC Đ52 k1)',
    (title, field, offender, cap) => {
      expect(capsOn('2025-08-01', field, offender).find((c) => c.row.title === title)?.capVnd).toBe(cap);
    },
  );
});
