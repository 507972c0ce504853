import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { Public } from '@vieclam/admin';
import { RuntimeHealth } from '@vieclam/platform/runtime';

interface StatusResponse {
  status(code: number): unknown;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly runtime: RuntimeHealth,
  ) {}

  /** 200 when every configured component answers, 503 naming the ones that do not. */
  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Tình trạng dịch vụ và các kết nối / Service health and every connection',
    security: [],
  })
  async check(@Res({ passthrough: true }) response: StatusResponse): Promise<HealthCheckResult> {
    const components = await this.runtime.check();
    try {
      return await this.health.check(
        components.map(
          (component) => () =>
            component.up
              ? this.indicators.check(component.name).up(component.details)
              : this.indicators.check(component.name).down(component.details),
        ),
      );
    } catch (error) {
      // Terminus reports "down" as an exception; answer its report as is, so the global error
      // filter does not replace the per-component details with a generic message.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
