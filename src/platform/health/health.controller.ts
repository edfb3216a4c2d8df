/**
 * Liveness says the process runs; readiness says it can serve: the database answers within two
 * seconds and no shutdown has begun (so a load balancer drains us before we stop).
 */
import { Controller, Get, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { ProbeFailed } from '../http-error.filter.js';
import { Public } from '../auth/access.decorators.js';
import { DatabaseService } from '../database/database.service.js';

@Injectable()
export class Lifecycle implements BeforeApplicationShutdown {
  shuttingDown = false;
  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }
}

@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DatabaseService,
    private readonly lifecycle: Lifecycle,
  ) {}

  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready() {
    if (this.lifecycle.shuttingDown) {
      throw new ProbeFailed({ status: 'shutting-down' });
    }
    if (!(await this.db.ping(2000))) {
      throw new ProbeFailed({ status: 'database-unavailable' });
    }
    return { status: 'ok', database: 'ok' };
  }
}
