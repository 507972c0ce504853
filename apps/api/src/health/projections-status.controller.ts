import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@vieclam/admin';
import { ProjectionsHost, type ProjectionHostStatus } from '@vieclam/platform/runtime';

interface ProjectionsStatusResponse {
  /** False on a server-mode API: the worker runs the projections and this process only reads them. */
  runsHere: boolean;
  projections: ProjectionHostStatus[];
}

/**
 * The read models' state for administrators: live, catching up, or rebuilding (with done/total),
 * so the long work after a version bump or a restore shows progress in the web UI.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/projections')
export class ProjectionsStatusController {
  constructor(private readonly host: ProjectionsHost) {}

  @Get()
  @RequirePermission('users:write')
  @ApiOperation({
    summary:
      'Tình trạng dữ liệu tổng hợp (projection) / The read models: state, position, rebuild progress',
  })
  status(): ProjectionsStatusResponse {
    return { runsHere: this.host.runsHere(), projections: this.host.status() };
  }
}
