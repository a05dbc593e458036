import { loginDelayMs, MAX_LOGIN_DELAY_MS } from '@app/auth/login-failures';

describe('login delay per source address', () => {
  it('should let the first failures through at full speed', () => {
    expect([0, 1, 2, 3, 4].map((n) => loginDelayMs(n, 5, 1000))).toEqual([0, 0, 0, 0, 0]);
  });

  it('should wait the base delay once the free failures are used, doubling with each further one', () => {
    expect([5, 6, 7, 8].map((n) => loginDelayMs(n, 5, 1000))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('should never hold an attempt longer than the cap, however many failures', () => {
    expect(loginDelayMs(9, 5, 1000)).toBe(MAX_LOGIN_DELAY_MS);
    expect(loginDelayMs(1_000_000, 5, 1000)).toBe(MAX_LOGIN_DELAY_MS);
  });

  it('should not wait at all when the delay is switched off', () => {
    expect(loginDelayMs(100, 5, 0)).toBe(0);
  });
});
