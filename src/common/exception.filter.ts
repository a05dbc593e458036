import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppError, ErrorCode, HTTP_STATUS_OF } from '@app/common/errors';
import { currentRequestId } from '@app/common/request-context';

interface ErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
  requestId?: string;
}

const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  422: ErrorCode.ValidationFailed,
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.ServiceUnavailable,
};

/** PostgreSQL error codes that are the client's fault, not ours. */
const PG_CLIENT_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: ErrorCode.Conflict, message: 'A record with the same unique value already exists' },
  '23503': { code: ErrorCode.ValidationFailed, message: 'A referenced record does not exist' },
  '22P02': { code: ErrorCode.ValidationFailed, message: 'A value has the wrong format' },
  '22003': { code: ErrorCode.ValidationFailed, message: 'A number is out of range' },
  '22001': { code: ErrorCode.ValidationFailed, message: 'A text value is too long' },
  '22007': { code: ErrorCode.ValidationFailed, message: 'A date value is invalid' },
  // U+0000 in text or JSON: the DTOs refuse it by field; this covers any other way in.
  '22021': { code: ErrorCode.ValidationFailed, message: 'A text value contains a character that cannot be stored (U+0000)' },
  '22P05': { code: ErrorCode.ValidationFailed, message: 'A text value contains a character that cannot be stored (U+0000)' },
  '22008': { code: ErrorCode.ValidationFailed, message: 'A date value is out of range' },
  '40001': { code: ErrorCode.Conflict, message: 'The record was changed concurrently; try again' },
  '40P01': { code: ErrorCode.Conflict, message: 'The record was changed concurrently; try again' },
  // The connection to PostgreSQL was cut (server shutdown, terminated backend): nothing was committed.
  '57P01': { code: ErrorCode.ServiceUnavailable, message: 'The database connection was lost; nothing was saved, try again' },
  '57P02': { code: ErrorCode.ServiceUnavailable, message: 'The database connection was lost; nothing was saved, try again' },
  '57P03': { code: ErrorCode.ServiceUnavailable, message: 'The database is not accepting connections; try again' },
};

/** pg reports a dropped socket as a plain Error, not a query error. */
function isConnectionLoss(e: unknown): boolean {
  const message = e instanceof Error ? e.message : '';
  const code = (e as { code?: unknown } | null)?.code;
  // TypeORM releases a transaction's query runner when its connection dies; later queries of that transaction say so.
  if (e instanceof Error && /^QueryRunner(Provider)?AlreadyReleasedError$/.test(e.constructor.name)) return true;
  return /Connection terminated|connection terminated|Client has encountered a connection error/.test(message) || code === 'ECONNREFUSED' || code === 'ECONNRESET';
}

/** node-postgres gave up waiting for a pooled connection (DATABASE_ACQUIRE_TIMEOUT_MS): every one is in use. */
const isPoolTimeout = (e: unknown): boolean => e instanceof Error && /timeout exceeded when trying to connect/.test(e.message);

/**
 * One error shape everywhere: `{ code, message, details, requestId }`. Domain errors carry their own
 * code; framework errors are mapped by status; anything unexpected is logged once and answers 500
 * without leaking internals.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const { status, body } = this.toResponse(exception);
    body.requestId = currentRequestId() ?? (request?.id as string | undefined);
    if (status >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'unhandled error');
    }
    void reply.status(status).send(body);
  }

  private toResponse(exception: unknown): { status: number; body: ErrorBody } {
    if (exception instanceof AppError) {
      return { status: exception.status, body: { code: exception.code, message: exception.message, details: exception.details } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : typeof (response as { message?: unknown }).message === 'string'
            ? (response as { message: string }).message
            : exception.message;
      // Keep structured bodies (e.g. the health check's per-dependency report) as details.
      const details = typeof response === 'object' && status === 503 ? (response as Record<string, unknown>) : undefined;
      return { status, body: { code: CODE_OF_STATUS[status] ?? `HTTP_${status}`, message, details } };
    }
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      const mapped = PG_CLIENT_ERRORS[pgCode];
      if (mapped) {
        return { status: HTTP_STATUS_OF[mapped.code], body: { code: mapped.code, message: mapped.message } };
      }
    }
    if (isPoolTimeout(exception)) {
      return { status: 503, body: { code: ErrorCode.ServiceUnavailable, message: 'Every database connection is busy; nothing was saved, try again in a moment' } };
    }
    // PostgreSQL cancelled a statement that ran past DATABASE_STATEMENT_TIMEOUT_MS (57014), or ended a transaction left
    // idle past DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS (25P03): the transaction rolled back.
    if (exception instanceof QueryFailedError && ['57014', '25P03'].includes((exception.driverError as { code?: string } | undefined)?.code ?? '')) {
      return { status: 503, body: { code: ErrorCode.ServiceUnavailable, message: 'The database took too long; nothing was saved, try again' } };
    }
    if (isConnectionLoss(exception)) {
      return { status: 503, body: { code: ErrorCode.ServiceUnavailable, message: 'The database connection was lost; nothing was saved, try again' } };
    }
    // Fastify's own errors (body too large, bad JSON, unsupported content type) carry a statusCode.
    const fastifyStatus = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      const code = CODE_OF_STATUS[fastifyStatus] ?? `HTTP_${fastifyStatus}`;
      const message = (exception as Error).message || 'Bad request';
      return { status: fastifyStatus === 400 ? HttpStatus.BAD_REQUEST : fastifyStatus, body: { code, message } };
    }
    return { status: 500, body: { code: ErrorCode.Internal, message: 'Internal server error' } };
  }
}
