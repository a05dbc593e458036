import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { runWithRequestContext } from '@app/common/request-context';

/** Makes the request id visible to services (the audit trail) without passing it around. */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const requestId = String((request.raw as { id?: unknown }).id ?? request.id);
    return new Observable((subscriber) => runWithRequestContext({ requestId }, () => next.handle().subscribe(subscriber)));
  }
}
