import 'reflect-metadata';
import { INestApplicationContext, Logger as NestLogger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from '@app/worker.module';
import { runCli } from '@app/cli/run-cli';
import { loadConfig } from '@app/config/config.module';
import { checkDependencies } from '@app/database/preflight';

let app: INestApplicationContext | undefined;
let starting: Promise<INestApplicationContext> | undefined;

/**
 * SIGTERM/SIGINT: stop taking jobs, let the running one finish, then exit. Installed before the
 * application starts, because processors begin taking jobs while it is still initialising (Nest's own
 * shutdown hooks would only be installed afterwards, and a signal in between would kill a render).
 */
function onSignal(signal: NodeJS.Signals): void {
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  void (async () => {
    const context = app ?? (await starting?.catch(() => undefined));
    await context?.close().catch(() => undefined);
    process.exit(signal === 'SIGINT' ? 130 : 0);
  })();
}

/** BullMQ processors only, no HTTP listener. The root module is a parameter for the start-up check's test. */
export async function startWorkerProcess(rootModule: Type = WorkerModule): Promise<void> {
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  // A stray rejection (a database write failing during an outage) must not end the worker: Node's default is to exit
  // (issue 12, finding 2). Log it with its stack and keep serving the queues; BullMQ retries, the sweeper recovers.
  process.on('unhandledRejection', (reason) => new NestLogger('Worker').error({ err: reason instanceof Error ? reason.stack : String(reason) }, 'unhandled rejection'));
  await checkDependencies(loadConfig());
  starting = NestFactory.createApplicationContext(rootModule, { bufferLogs: true, abortOnError: false });
  app = await starting;
  app.useLogger(app.get(Logger));
  app.get(Logger).log('worker started');
}

if (require.main === module) runCli('worker', () => startWorkerProcess());
