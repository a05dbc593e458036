import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppError, ErrorCode, HTTP_STATUS_OF } from '@app/app/errors';
import { currentRequestId } from '@app/app/request-context';

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
  '22008': { code: ErrorCode.ValidationFailed, message: 'A date value is out of range' },
  '40001': { code: ErrorCode.Conflict, message: 'The record was changed concurrently; try again' },
  '40P01': { code: ErrorCode.Conflict, message: 'The record was changed concurrently; try again' },
};

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
