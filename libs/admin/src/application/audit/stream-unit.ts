import { DomainError } from '@vieclam/platform/command-handling';
import type { EventStore, RecordedEvent } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import type { Permission } from '../../domain/access/roles';
import type { AccessRequest, UnitResolver } from '../auth/access.decorators';

export const streamNotFound = (streamId: string) =>
  DomainError.notFound('stream_not_found', {
    vi: `Không tìm thấy hồ sơ "${streamId}".`,
    en: `No record "${streamId}" was found.`,
  });

export const forbiddenFor = (permission: Permission) =>
  DomainError.forbidden(
    'forbidden_unit',
    {
      vi: 'Bạn không có quyền với đơn vị hành chính này.',
      en: 'You have no right to this administrative unit.',
    },
    { details: { permission } },
  );

/** The unit a record belongs to: the `orgUnit` of its stream's first event. */
export async function unitOfStream(store: EventStore, streamId: string): Promise<string | undefined> {
  const [first] = await store.readStream(streamId, { maxCount: 1 });
  return first?.metadata.orgUnit;
}

/**
 * Answers 403 before looking anything up when the caller holds `permission` nowhere, so a
 * 404 never tells an outsider whether a record exists.
 */
export function requireSomeScope(request: AccessRequest, permission: Permission): void {
  if (!request.access || request.access.scopeFor(permission).length === 0) throw forbiddenFor(permission);
}

/**
 * Grants are judged on today's tree, where a dissolved unit no longer exists: a record of such a
 * unit is judged by the nearest unit above it (on its last day) that is still in force.
 */
export function unitInForce(request: AccessRequest, unit: string): string {
  const access = request.access;
  if (!access || access.tree.at(unit, access.today)) return unit;
  const last = access.tree.latest(unit);
  if (!last?.validTo) return unit;
  return (
    access.tree.lineage(unit, last.validTo).find((u) => access.tree.at(u.code, access.today))?.code ?? unit
  );
}

/** Resolver: the unit of the stream named by the route parameter `name`. */
export const unitOfStreamParam =
  (name: string, permission: Permission): UnitResolver =>
  async (request, moduleRef) => {
    requireSomeScope(request, permission);
    const streamId = request.params[name];
    if (!streamId) return undefined;
    const store = moduleRef.get<EventStore>(EVENT_STORE, { strict: false });
    const unit = await unitOfStream(store, streamId);
    if (unit === undefined) throw streamNotFound(streamId);
    return unitInForce(request, unit);
  };

/** True when the stream is the subject's own (`<Category>-<subjectId>`) or its events name the subject. */
export function streamConcernsSubject(
  streamId: string,
  events: readonly RecordedEvent[],
  subjectId: string,
): boolean {
  if (streamId.endsWith(`-${subjectId}`)) return true;
  return events.some((event) => JSON.stringify(event.data).includes(JSON.stringify(subjectId)));
}
