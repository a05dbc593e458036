import { Module } from '@nestjs/common';
import { RateLimitStore } from '@app/auth/rate-limit.store';

/** The shared request-limit counters, on their own so the throttler's module can take them as its storage. */
@Module({ providers: [RateLimitStore], exports: [RateLimitStore] })
export class RateLimitModule {}
