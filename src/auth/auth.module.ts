import { createSecretKey } from 'node:crypto';
import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from '@app/audit/audit.module';
import { AuthController } from '@app/auth/auth.controller';
import { AuthGuard } from '@app/auth/auth.guard';
import { AuthService } from '@app/auth/auth.service';
import { LoginFailures } from '@app/auth/login-failures';
import { RateLimitModule } from '@app/auth/rate-limit.module';
import { RateLimitStore } from '@app/auth/rate-limit.store';
import { SessionTokens } from '@app/auth/session-tokens';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { describeJwtSecret, resolveJwtSecret } from '@app/config/jwt-secret';

/** Who is calling: login, tokens, the global guard that turns a bearer token into an Actor, and the request limits. */
@Module({
  imports: [
    AuditModule,
    RateLimitModule,
    JwtModule.registerAsync({
      global: true,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const resolved = resolveJwtSecret(config);
        const line = describeJwtSecret(resolved);
        if (line) new Logger('Auth').log(line);
        // A KeyObject made once: given a string, jsonwebtoken first tries (and fails) to parse it as a public
        // key on every verify, which cost ~6% of the CPU of an authenticated request.
        const key = createSecretKey(Buffer.from(resolved.secret));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256', issuer: 'press-inspect' },
          verifyOptions: { algorithms: ['HS256'], issuer: 'press-inspect' },
        };
      },
    }),
    // One named throttler; /verify gives it its own limit. Counted in Redis: shared by every API process, kept
    // across restarts, keyed on the client address Fastify derives under TRUST_PROXY.
    ThrottlerModule.forRootAsync({
      imports: [RateLimitModule],
      inject: [APP_CONFIG, RateLimitStore],
      useFactory: (config: AppConfig, storage: RateLimitStore) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.LOGIN_RATE_PER_MINUTE }],
        storage,
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionTokens, LoginFailures, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SessionTokens],
})
export class AuthModule {}
