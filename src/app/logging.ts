import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@app/config/env.schema';

export const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Reuses a caller's request id when it is sane, so a trace spans the proxy and us; echoes it back. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Structured JSON logs; credentials and bodies never reach them. */
export const loggerParams = (config: AppConfig): Params => ({
  pinoHttp: {
    level: config.LOG_LEVEL,
    genReqId: requestIdFor,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.passwordHash', '*.accessToken'],
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
