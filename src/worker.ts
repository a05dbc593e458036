import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from '@app/app/worker.module';
import { runCli } from '@app/cli/run-cli';
import { loadConfig } from '@app/config/config.module';
import { checkDependencies } from '@app/database/preflight';

/** BullMQ processors only, no HTTP listener. SIGTERM lets the running job finish before exit. */
async function bootstrap(): Promise<void> {
  await checkDependencies(loadConfig());
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('worker started');
}

runCli('worker', bootstrap);
