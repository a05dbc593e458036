import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@app/common/access.decorators';
import { PoolHealthIndicator } from '@app/health/pool.health';
import { QueueStoreHealthIndicator } from '@app/health/redis.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly queueStore: QueueStoreHealthIndicator,
    private readonly pool: PoolHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: the connection pool is not starved, PostgreSQL and Redis answer (503 when one does not)' })
  ready(): Promise<HealthCheckResult> {
    // The pool first: when it is starved the ping would only time out and blame the database.
    return this.health.check([() => this.pool.check('pool'), () => this.db.pingCheck('database', { timeout: 1500 }), () => this.queueStore.check()]);
  }
}
