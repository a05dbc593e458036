import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from '@app/common/logging';
import { APP_CONFIG, AppConfigModule } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { installTransactionGuard } from '@app/database/transaction-guard';
import { dataSourceOptions } from '@app/entities';
import { JobsModule } from '@app/jobs/jobs.module';

/** What both processes share: configuration, logs, the database and the queues. */
@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: loggerParams }),
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE, {
          acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
          statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
          idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        }),
        retryAttempts: 0,
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        installTransactionGuard(dataSource, process.env.NODE_ENV !== 'production');
        return dataSource;
      },
    }),
    JobsModule,
  ],
})
export class CoreModule {}
