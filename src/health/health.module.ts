import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from '@app/health/health.controller';
import { PoolHealthIndicator } from '@app/health/pool.health';
import { QueueStoreHealthIndicator } from '@app/health/redis.health';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [QueueStoreHealthIndicator, PoolHealthIndicator],
})
export class HealthModule {}
