import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from '@app/common/logging';
import { APP_CONFIG, AppConfigModule } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { dataSourceOptions } from '@app/entities';
import { JobsModule } from '@app/jobs/jobs.module';

/** What both processes share: configuration, logs, the database and the queues. */
@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: loggerParams }),
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE), retryAttempts: 0 }),
    }),
    JobsModule,
  ],
})
export class CoreModule {}
