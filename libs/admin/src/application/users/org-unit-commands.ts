import { handleCommand } from '@vieclam/platform/command-handling';
import type { EventStore } from '@vieclam/platform/event-store';
import { orgUnitDecider, type OrgUnitCommand } from '../../domain/org-unit/org-unit.decider';
import type { UnitSeed } from '../../config/demo-units';
import { asDomainError, orgUnitStream } from './user-accounts';

async function runOrgUnitCommand(
  store: EventStore,
  code: string,
  command: OrgUnitCommand,
  occurredOn: string,
  actor = 'system',
) {
  try {
    return await handleCommand({
      store,
      streamId: orgUnitStream(code),
      decider: orgUnitDecider,
      command,
      metadata: { actor, orgUnit: code, occurredOn },
    });
  } catch (error) {
    throw asDomainError(error);
  }
}

/** Creates a unit with its later dated changes (reparenting at the reform, ending). */
export async function createOrgUnit(store: EventStore, seed: UnitSeed, actor = 'system'): Promise<void> {
  const { reparent, end, ...created } = seed;
  await runOrgUnitCommand(store, seed.code, { type: 'CreateOrgUnit', data: created }, seed.validFrom, actor);
  if (reparent) {
    await runOrgUnitCommand(
      store,
      seed.code,
      { type: 'ReparentOrgUnit', data: reparent },
      reparent.from,
      actor,
    );
  }
  if (end) {
    await runOrgUnitCommand(store, seed.code, { type: 'EndOrgUnit', data: end }, end.validTo, actor);
  }
}
