import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from '@app/health/health.controller';
import { PoolHealthIndicator } from '@app/health/pool.health';
import { RedisHealthIndicator } from '@app/health/redis.health';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [RedisHealthIndicator, PoolHealthIndicator],
})
export class HealthModule {}
