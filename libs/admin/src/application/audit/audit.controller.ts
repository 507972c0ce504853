import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission, type UnitResolver } from '../auth/access.decorators';
import { AuditTrail } from './audit-trail';
import { requireSomeScope, streamNotFound, unitInForce, unitOfStreamParam } from './stream-unit';

/** Every unit the person's data-protection events were recorded in: the auditor needs them all. */
const unitsOfSubjectParam: UnitResolver = async (request, moduleRef) => {
  requireSomeScope(request, 'audit:read');
  const subjectId = request.params.subjectId;
  if (!subjectId) return undefined;
  const units = await moduleRef.get(AuditTrail, { strict: false }).unitsOfSubject(subjectId);
  if (units.length === 0) throw streamNotFound(`DataAccess-${subjectId}`);
  return units.map((unit) => unitInForce(request, unit));
};

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditTrail) {}

  @Get('streams/:streamId')
  @RequirePermission('audit:read', unitOfStreamParam('streamId', 'audit:read'))
  @ApiOperation({
    summary:
      'Ai đã làm gì với hồ sơ này, khi nào (không có dữ liệu cá nhân) / Who did what to this record, when (no personal data)',
  })
  async stream(@Param('streamId') streamId: string) {
    return { streamId, entries: await this.audit.ofStream(streamId) };
  }

  @Get('subjects/:subjectId')
  @RequirePermission('audit:read', unitsOfSubjectParam)
  @ApiOperation({
    summary: 'Ai đã xem, sửa, xoá dữ liệu của người này / Who viewed, changed or erased this person’s data',
  })
  async subject(@Param('subjectId') subjectId: string) {
    return { subjectId, ...(await this.audit.ofSubject(subjectId)) };
  }
}
