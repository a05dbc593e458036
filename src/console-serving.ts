import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Prefix of every controller route; the console, health, /verify/:code, /docs and /admin/queues stay outside it. */
export const API_PREFIX = 'api';

const IMMUTABLE = 'public, max-age=31536000, immutable';

const NO_CONSOLE = { name: 'press-inspect API', console: 'not built (npm run build:console)', docs: '/docs', openapi: '/docs-json', health: '/health/ready' };
const NO_CONSOLE_PAGE = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>press-inspect</title>
<h1>press-inspect</h1><p>API: <a href="/docs">/docs</a> (OpenAPI: <a href="/docs-json">/docs-json</a>), readiness: <a href="/health/ready">/health/ready</a>.</p>
<p>The web console is not built here: <code>npm run build:console</code>, then restart.</p></html>`;

/** A browser navigation (typing an address, following a link, a QR code), as opposed to a fetch or an API client. */
export const isNavigation = (request: FastifyRequest): boolean => (request.headers.accept ?? '').includes('text/html');

const underApi = (url: string): boolean => url === `/${API_PREFIX}` || url.startsWith(`/${API_PREFIX}/`) || url.startsWith(`/${API_PREFIX}?`);

/**
 * Serves the web console (src/console, built into CONSOLE_DIR) from the API process: one route per built file
 * (`wildcard: false`: files are listed at start, so a rebuild needs a restart), the `.br`/`.gz` the build wrote, hashed
 * assets cached for a year and index.html never. A browser navigation to any other address outside /api gets index.html
 * (the console's router takes it from there); everything else gets the API's 404. Returns false when nothing is built.
 */
export async function serveConsole(app: NestFastifyApplication, consoleDir: string): Promise<boolean> {
  const root = resolve(consoleDir);
  if (!existsSync(join(root, 'index.html'))) {
    // No console built (an API-only install, or before npm run build:console): / still says where to go (issue 15).
    app.getHttpAdapter().getInstance().get('/', (request, reply) =>
      isNavigation(request) ? reply.type('text/html; charset=utf-8').send(NO_CONSOLE_PAGE) : reply.send(NO_CONSOLE),
    );
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    index: false,
    cacheControl: false,
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders: (reply, path) => void reply.header('cache-control', path.includes(`${sep}assets${sep}`) ? IMMUTABLE : 'no-cache'),
  });
  const fastify = app.getHttpAdapter().getInstance();
  const fallback = (request: FastifyRequest, reply: FastifyReply) =>
    isNavigation(request) && !underApi(request.url) ? reply.sendFile('index.html') : reply.callNotFound();
  fastify.get('/', fallback);
  fastify.get('/*', fallback);
  // The QR code on every issued decision points at /verify/<code>: a phone opening it gets the console's public page,
  // which asks the same address for JSON; API clients get the JSON as before. Vary keeps caches from mixing them.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET' || !request.url.startsWith('/verify/')) return done();
    void reply.header('vary', 'Accept');
    if (!isNavigation(request)) return done();
    void reply.sendFile('index.html');
  });
  return true;
}
