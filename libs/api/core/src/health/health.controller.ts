import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Response } from 'express';
import { DataSource } from 'typeorm';
import { AdapterHealth } from '../adapters/adapter-health';
import { Public } from '../auth/permissions.decorator';
import { DatabaseInfo } from '../database/database-info';

/**
 * Liveness and database status for load balancers and operators, and the state of each adapter to
 * the city's systems (`adapters`: configured, reachable). An adapter that is down does not make the
 * instance unhealthy (mail waits in its outbox, sign-in falls back to passwords): status stays `ok`.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly database: DatabaseInfo,
    private readonly adapters: AdapterHealth,
  ) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = performance.now();
    let database: 'up' | 'down' = 'down';
    const adapters = this.adapters.states();
    try {
      await this.dataSource.query('SELECT 1');
      database = 'up';
    } catch {
      database = 'down';
    }
    const latencyMs = Math.round(performance.now() - started);
    res.status(database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: database === 'up' ? 'ok' : 'degraded',
      database: { status: database, kind: this.database.embedded ? 'embedded' : 'server', latencyMs },
      adapters: await adapters,
      uptimeSeconds: Math.round(process.uptime()),
    });
  }
}
