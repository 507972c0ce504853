import { Body, Controller, Headers, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandExecutor, DomainError } from '@vieclam/platform/command-handling';
import { PersonalDataCipher } from '@vieclam/platform/crypto';
import type { EventStore } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import type { AccessContext } from '../auth/access-context';
import { CurrentAccess, RequirePermission, type UnitResolver } from '../auth/access.decorators';
import { todayInVietnam } from '../users/user-accounts';
import { requireSomeScope, streamConcernsSubject, streamNotFound, unitInForce } from '../audit/stream-unit';
import { personalDataStream } from './personal-data-access-log';
import { ERASURE_REASON_LABELS, personalDataDecider } from './personal-data-erasure';
import { ErasePersonalDataRequest } from './personal-data.dto';

const SUBJECT_ID = /^[A-Za-z0-9_.:-]{1,200}$/;

/**
 * The subject's unit: the first event of the record named in the body, which must be the subject's
 * own stream or mention the subject (so a record of one's own unit cannot stand in for a person
 * of another unit).
 */
const unitOfSubjectRecord: UnitResolver = async (request, moduleRef) => {
  requireSomeScope(request, 'personal-data:erase');
  const subjectId = request.params.subjectId;
  const body = request.body as { subjectStream?: unknown } | undefined;
  const subjectStream = typeof body?.subjectStream === 'string' ? body.subjectStream : undefined;
  if (!subjectId || !subjectStream) return undefined;
  const store = moduleRef.get<EventStore>(EVENT_STORE, { strict: false });
  const events = await store.readStream(subjectStream);
  if (events.length === 0) throw streamNotFound(subjectStream);
  if (!streamConcernsSubject(subjectStream, events, subjectId)) {
    throw DomainError.invalid(
      'subject_stream_mismatch',
      {
        vi: 'Hồ sơ được nêu không phải của người này.',
        en: 'The record named is not this person’s.',
      },
      { field: 'subjectStream' },
    );
  }
  return unitInForce(request, events[0]!.metadata.orgUnit);
};

@ApiTags('personal-data')
@ApiBearerAuth()
@Controller('personal-data')
export class PersonalDataController {
  constructor(
    private readonly cipher: PersonalDataCipher,
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post(':subjectId/erase')
  @HttpCode(200)
  @RequirePermission('personal-data:erase', unitOfSubjectRecord)
  @ApiOperation({
    summary:
      'Xoá dữ liệu cá nhân (xoá khoá của người này) / Erase a person’s personal data (delete their key)',
  })
  async erase(
    @Param('subjectId') subjectId: string,
    @Body() body: ErasePersonalDataRequest,
    @CurrentAccess() access: AccessContext,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    if (!SUBJECT_ID.test(subjectId)) {
      throw DomainError.invalid(
        'subject_id_invalid',
        { vi: 'Mã chủ thể dữ liệu không hợp lệ.', en: 'Invalid data subject id.' },
        { field: 'subjectId' },
      );
    }
    const [first] = await this.store.readStream(body.subjectStream, { maxCount: 1 });
    if (!first) throw streamNotFound(body.subjectStream);
    // Key first: if the event append then fails, a retry finds the key gone and records the event.
    await this.cipher.erase(subjectId);
    const result = await this.executor.execute({
      streamId: personalDataStream(subjectId),
      decider: personalDataDecider,
      command: {
        type: 'ErasePersonalData',
        data: { subjectId, subjectStream: body.subjectStream, reason: body.reason },
      },
      metadata: {
        actor: access.user.userId,
        orgUnit: first.metadata.orgUnit,
        occurredOn: todayInVietnam(),
        ...(correlationId ? { correlationId } : {}),
      },
    });
    return {
      subjectId,
      erased: true,
      alreadyErased: result.events.length === 0,
      reason: body.reason,
      reasonLabel: ERASURE_REASON_LABELS[body.reason],
    };
  }
}
