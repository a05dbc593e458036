import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiModule } from '@app/api.module';
import { configureHttpApp, fastifyOptions } from '@app/http';
import { runCli } from '@app/cli/run-cli';
import { loadConfig } from '@app/config/config.module';
import { checkDependencies } from '@app/database/preflight';

/** The HTTP API: registers queues and enqueues jobs, runs no processors. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await checkDependencies(config);
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, new FastifyAdapter(fastifyOptions()), { bufferLogs: true });
  await configureHttpApp(app, config);
  await app.listen(config.PORT, config.HOST);
}

runCli('api', bootstrap);
