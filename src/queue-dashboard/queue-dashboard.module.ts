import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { IServerAdapter } from '@bull-board/api/typings/app';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditModule } from '@app/audit/audit.module';
import { AuditService } from '@app/audit/audit.service';
import { ALL_QUEUES } from '@app/jobs/job.catalogue';
import { clearedCookie, DASHBOARD_PATH, LOGIN_PAGE, LOGIN_PATH, presentedToken, sessionCookie } from '@app/queue-dashboard/queue-dashboard.auth';
import { Role } from '@app/common/role';
import { AuthModule } from '@app/auth/auth.module';
import { SessionTokens } from '@app/auth/session-tokens';

interface DashboardSession {
  actor: Actor;
  token: string;
  /** Seconds since the epoch (the JWT's `exp`). */
  expiresAt: number;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Bảng theo dõi hàng đợi (Bull Board) at /admin/queues, API process only, for the system operator only. The queues
 * are shared by every department: their jobs name other departments' decisions, and pausing one stops everyone's
 * rendering, so a department admin gets 403 (issue 12, finding 9).
 * Its routes are plain Fastify routes, outside Nest's guards and outside the OpenAPI document, so
 * they get their own encapsulated Fastify scope whose `onRequest` hook does what `AuthGuard` does
 * (SessionTokens: verify the JWT, re-read the user) and then requires the system_operator role.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  private readonly logger = new Logger(QueueDashboard.name);
  private readonly sessions = new WeakMap<FastifyRequest, DashboardSession>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly tokens: SessionTokens,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    const httpAdapter = this.adapterHost.httpAdapter;
    if (!httpAdapter) return; // an application context (CLI, tests) has no HTTP server to mount on
    const board = new BullBoardFastifyAdapter().setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: ALL_QUEUES.map((name) => new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }))),
      // @bull-board/fastify 9.10.1 pins its own @bull-board/api 9.10.1: the same shape, but TypeScript
      // sees two declarations of the private members. Drop the cast when the versions line up again.
      serverAdapter: board as unknown as IServerAdapter,
      options: { uiConfig: { boardTitle: 'press-inspect' } },
    });
    const fastify = httpAdapter.getInstance<FastifyInstance>();
    await fastify.register(
      async (dashboard) => {
        dashboard.get('/login', (_request, reply) =>
          reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(LOGIN_PAGE),
        );
        await dashboard.register(async (guarded) => {
          guarded.addHook('onRequest', (request, reply) => this.admit(request, reply));
          guarded.post('/session', (request, reply) => this.openSession(request, reply));
          guarded.delete('/session', (request, reply) =>
            reply
              .header('set-cookie', clearedCookie(request.protocol === 'https'))
              .code(204)
              .send(),
          );
          await guarded.register(async (queues) => {
            // onSend, not onResponse: the entry is written before the operator sees the answer.
            queues.addHook('onSend', async (request, reply, payload) => {
              await this.auditChange(request, reply);
              return payload;
            });
            await queues.register(board.registerPlugin());
          });
        });
      },
      { prefix: DASHBOARD_PATH },
    );
  }

  /** Lets the system operator through, remembering who it is for the audit trail. */
  private async admit(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const presented = presentedToken(request.headers);
    if (!presented) {
      return this.deny(
        reply,
        ErrorCode.Unauthenticated,
        `Sign in: open ${LOGIN_PATH}#token=<access token>, or send "Authorization: Bearer <token>"`,
      );
    }
    const session = await this.authenticate(presented.token);
    if (!session) {
      // A stale cookie would otherwise be sent, and refused, on every request.
      if (presented.source === 'cookie') void reply.header('set-cookie', clearedCookie(request.protocol === 'https'));
      return this.deny(reply, ErrorCode.Unauthenticated, 'The token is invalid or has expired, or the account is not active');
    }
    if (session.actor.role !== Role.SystemOperator) {
      return this.deny(reply, ErrorCode.Forbidden, `The queue dashboard needs the role: ${Role.SystemOperator}`);
    }
    this.sessions.set(request, { ...session, token: presented.token });
    return undefined;
  }

  /** Trades a bearer token for the HttpOnly cookie the dashboard page then rides on. */
  private openSession(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const session = this.sessions.get(request);
    if (!session) throw new Error('the dashboard guard did not run');
    const maxAge = session.expiresAt - Math.floor(Date.now() / 1000);
    return reply
      .header('set-cookie', sessionCookie(session.token, maxAge, request.protocol === 'https'))
      .code(204)
      .send();
  }

  private async authenticate(token: string): Promise<Omit<DashboardSession, 'token'> | null> {
    const checked = await this.tokens.check(token);
    return checked.ok ? { actor: checked.actor, expiresAt: checked.expiresAt } : null;
  }

  /** Answers in the API's error shape; returning the reply tells Fastify the request is done. */
  private deny(reply: FastifyReply, code: ErrorCode.Unauthenticated | ErrorCode.Forbidden, message: string): FastifyReply {
    const status = code === ErrorCode.Unauthenticated ? 401 : 403;
    return reply.code(status).send({ code, message, requestId: reply.request.id });
  }

  /**
   * Retrying, pausing or cleaning jobs changes what the worker will do, so it goes to the audit trail.
   * Redis and PostgreSQL share no transaction: the entry follows the change, and a failure to write it is logged.
   */
  private async auditChange(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const actor = this.sessions.get(request)?.actor;
    if (!actor || READ_METHODS.has(request.method) || reply.statusCode >= 400) return;
    try {
      await this.audit.record(this.dataSource.manager, actor, {
        action: `queue-dashboard:${request.method.toLowerCase()}`,
        entityType: 'job_queue',
        entityId: null,
        after: { path: new URL(request.url, 'http://localhost').pathname, status: reply.statusCode },
      });
    } catch (err) {
      this.logger.error({ err, path: request.url }, 'could not audit a queue dashboard action');
    }
  }
}

/** Mounts the queue dashboard; import in the API process only (the worker serves no HTTP). */
@Module({
  imports: [AuditModule, AuthModule],
  providers: [QueueDashboard],
})
export class QueueDashboardModule {}
