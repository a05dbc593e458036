import { Global, Module } from '@nestjs/common';
import { AppConfig, validateEnv } from '@app/config/env.schema';

/** Injection token of the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

let cached: AppConfig | undefined;

/** The configuration of this process, validated on first use. */
export function loadConfig(): AppConfig {
  cached ??= validateEnv(process.env);
  return cached;
}

/** Tests boot several apps in one process with different environments. */
export function resetConfigCache(): void {
  cached = undefined;
}

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: loadConfig }],
  exports: [APP_CONFIG],
})
export class AppConfigModule {}
