import { daysFromToday, formatBytes, formatDate, formatDateTime, formatMoney } from './format';

describe('console formatting', () => {
  it('should show a calendar date as dd/mm/yyyy and nothing as a dash', () => {
    expect(formatDate('2026-03-05')).toBe('05/03/2026');
    expect(formatDate(null)).toBe('—');
  });

  it('should show an instant in Vietnam time whatever the computer zone', () => {
    expect(formatDateTime('2026-03-04T17:30:00Z')).toBe('05/03/2026 00:30');
  });

  it('should group VND with dots and a non-breaking space before the sign', () => {
    expect(formatMoney(68_750_000)).toBe('68.750.000\u00a0₫');
  });

  it('should count days to a due date from today in Vietnam', () => {
    expect(daysFromToday('2026-03-10', '2026-03-05')).toBe(5);
    expect(daysFromToday('2026-03-01', '2026-03-05')).toBe(-4);
  });

  it('should show sizes in B, KB and MB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
  });
});
