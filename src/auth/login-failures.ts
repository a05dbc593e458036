import { Inject, Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { RateLimitStore } from '@app/auth/rate-limit.store';

/** The longest a login attempt is held back: long enough to make guessing slow, short enough to keep no one out. */
export const MAX_LOGIN_DELAY_MS = 10_000;

/**
 * How long an attempt waits when its address has `failures` failed logins in the window: nothing while fewer than
 * `free`, then `baseMs`, doubling with each further failure, at most MAX_LOGIN_DELAY_MS.
 */
export function loginDelayMs(failures: number, free: number, baseMs: number): number {
  if (failures < free || baseMs <= 0) return 0;
  return Math.min(baseMs * 2 ** Math.min(failures - free, 20), MAX_LOGIN_DELAY_MS);
}

/**
 * Failed logins slow down their source address; no account is ever locked. Locking the account after N failures let
 * anyone lock anyone out, and its distinct answer told which usernames exist (issue 12). Now every attempt from an
 * address that failed more than LOGIN_MAX_FAILURES times in LOGIN_FAILURE_WINDOW_MINUTES waits before it is checked,
 * whatever the username and whether the password is right, so the wait tells nothing either. The login throttler
 * (LOGIN_RATE_PER_MINUTE attempts per address) caps what parallel requests could win back. Counted in Redis, so the
 * count survives a restart and is shared by every API process.
 */
@Injectable()
export class LoginFailures {
  constructor(
    private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Waits as long as the address's failures so far ask for. */
  async holdBack(address: string): Promise<void> {
    const ms = loginDelayMs(await this.store.peek(this.key(address)), this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_FAILURE_DELAY_MS);
    if (ms > 0) await sleep(ms);
  }

  async record(address: string): Promise<void> {
    await this.store.count(this.key(address), this.config.LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
  }

  // IPv6 by its /64, as the throttler counts it: one host holds a whole /64.
  private key(address: string): string {
    return `login-failures:${normalizeIp(address)}`;
  }
}
