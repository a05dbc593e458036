import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { RequestMethod } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ApiErrorDto, documentErrorShape } from '@app/common/api-error.dto';
import { AppExceptionFilter } from '@app/common/exception.filter';
import { REQUEST_ID_HEADER, requestIdFor } from '@app/common/logging';
import { loadConfig } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { API_PREFIX, serveConsole } from '@app/console-serving';

export const openApiConfig = () =>
  new DocumentBuilder()
    .setTitle('press-inspect API')
    .setDescription(
      'Quản lý hồ sơ cấp phép, thanh tra, kiểm tra và xử phạt vi phạm hành chính trong lĩnh vực báo chí, ' +
        'thông tin điện tử của Sở. Case management for provincial press licensing and inspection departments.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();

/** Everything the HTTP process needs beyond its modules; shared by main.ts and the e2e tests. */
export async function configureHttpApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  // Fastify binds each route to the error handler present when the route is added, and Nest installs its own only
  // after adding the routes: refusals raised before our code runs (malformed JSON, body over the limit, unsupported
  // content type) would get Fastify's body instead of `{ code, message }`. Send those through our filter too.
  // (Per route: a second setErrorHandler on the instance would make Fastify warn at every start.)
  const filter = new AppExceptionFilter();
  fastify.addHook('onRoute', (route) => {
    route.errorHandler ??= (error, request, reply) => filter.catch(error, new ExecutionContextHost([request, reply]));
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The API docs page needs inline styles and its bundled scripts.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // The decision workspace shows the PDF it fetched with the token from a blob: URL in an iframe.
        frameSrc: ["'self'", 'blob:'],
      },
    },
  });
  // Evidence uploads: a file over the limit stops the read (413) before anything is stored.
  await app.register(multipart, { limits: { fileSize: config.EVIDENCE_MAX_BYTES, files: 1, fields: 20, fieldSize: 10_000 } });
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  app.enableCors({ origin: origins.length > 0 ? origins : false, exposedHeaders: ['x-request-id'] });
  // Controllers live under /api so that every other address can belong to the web console. Outside it: the probes,
  // and /verify/:code, the address printed in the QR code of every issued decision (it must never change).
  // (/docs and /admin/queues are plain Fastify routes, outside the prefix anyway.)
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'verify/:code', method: RequestMethod.GET },
    ],
  });
  await serveConsole(app, config.CONSOLE_DIR);
  const document = documentErrorShape(SwaggerModule.createDocument(app, openApiConfig(), { extraModels: [ApiErrorDto] }));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/** TRUST_PROXY as Fastify takes it: a boolean, a hop count, or the addresses of the proxies. */
export function trustProxyOption(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export const fastifyOptions = () => ({
  genReqId: requestIdFor,
  // Behind a reverse proxy the client address comes from X-Forwarded-For (login rate limiting), from trusted proxies only.
  trustProxy: trustProxyOption(loadConfig().TRUST_PROXY),
  bodyLimit: 1024 * 1024,
});
