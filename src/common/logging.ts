import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@app/config/env.schema';

export const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Fastify's request id: reuses a caller's id when it is sane, so a trace spans the proxy and us.
 * Stored on the raw request too, where the pino-http middleware and our filter read it.
 */
export function requestIdFor(req: { headers: IncomingMessage['headers'] | Record<string, string | string[] | undefined> }): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
  (req as { id?: string }).id = id;
  return id;
}

const existingId = (req: IncomingMessage, res: ServerResponse): string =>
  (req as IncomingMessage & { id?: string }).id ?? requestIdFor(req) ?? String(res.statusCode);

/** Structured JSON logs; credentials and bodies never reach them. */
export const loggerParams = (config: AppConfig): Params => ({
  pinoHttp: {
    level: config.LOG_LEVEL,
    genReqId: existingId,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.accessToken',
        // A failed query carries its values (a new user's password hash, personal data) and PostgreSQL repeats the
        // failing row in `detail`: keep the SQL and the error code, never the values.
        'err.parameters',
        'err.detail',
        'err.driverError.detail',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
    },
    customProps: () => ({ service: 'press-inspect' }),
    autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
  },
  forRoutes: [{ path: '{*splat}', method: 0 }],
});
