import { todayInVietnam } from '@vieclam/platform/domain';
/** The plan's use cases, run through the command executor on the `Plan-<planId>` stream. */
import { Injectable } from '@nestjs/common';
import { CommandExecutor } from '@vieclam/platform/command-handling';
import { checkPlan } from '../domain/plan/check-plan';
import { planDecider, type PlanCommand } from '../domain/plan/plan.decider';
import type { PlanAdoptedData } from '../domain/plan/plan.events';
import { PlanRecords, planStream } from './plan-records';

export interface Actor {
  userId: string;
}

export { todayInVietnam };

@Injectable()
export class PlanCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly records: PlanRecords,
  ) {}

  /** Adopts the plan exactly as printed and returns what `checkPlan` finds in it. */
  async adopt(plan: PlanAdoptedData, actor: Actor) {
    await this.executor.execute({
      streamId: planStream(plan.planId),
      decider: planDecider,
      command: { type: 'AdoptPlan', data: plan },
      metadata: { actor: actor.userId, orgUnit: plan.unitCode, occurredOn: plan.adoptedOn },
      expectedRevision: 'no_stream',
    });
    return { planId: plan.planId, findings: checkPlan(plan) };
  }

  amendTarget(planId: string, data: Extract<PlanCommand, { type: 'AmendTarget' }>['data'], actor: Actor) {
    return this.run(planId, { type: 'AmendTarget', data }, actor, data.amendedOn);
  }

  withdraw(planId: string, data: { withdrawnOn: string; reason: string }, actor: Actor) {
    return this.run(planId, { type: 'WithdrawPlan', data }, actor, data.withdrawnOn);
  }

  reportValue(
    planId: string,
    data: Extract<PlanCommand, { type: 'ReportIndicatorValue' }>['data'],
    actor: Actor,
  ) {
    return this.run(planId, { type: 'ReportIndicatorValue', data }, actor, data.asOf);
  }

  private async run(planId: string, command: PlanCommand, actor: Actor, occurredOn: string) {
    const { state } = await this.records.plan(planId);
    const result = await this.executor.execute({
      streamId: planStream(planId),
      decider: planDecider,
      command,
      metadata: { actor: actor.userId, orgUnit: state.plan.unitCode, occurredOn },
    });
    return { planId, revision: result.nextExpectedRevision, events: result.events.map((e) => e.type) };
  }
}
