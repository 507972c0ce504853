/**
 * Reads a plan straight from its stream (targets and amendments must not lag), and finds the plan
 * that governs a unit: the latest standing plan adopted by the unit or its nearest ancestor.
 */
import { Inject, Injectable } from '@nestjs/common';
import { OrgUnitDirectory } from '@vieclam/admin';
import { DomainError } from '@vieclam/platform/command-handling';
import type { ReadModelDb } from '@vieclam/platform/database';
import { foldEvents } from '@vieclam/platform/domain';
import { streamName, type EventStore, type RecordedEvent } from '@vieclam/platform/event-store';
import { DATABASE, EVENT_STORE } from '@vieclam/platform/runtime';
import type { Database } from '@vieclam/platform/database';
import { planDecider, type PlanState } from '../domain/plan/plan.decider';
import type { PlanEvent } from '../domain/plan/plan.events';
import { PLAN_LIST_TABLE, type PlanListRow } from '../projections/plan-list/plan-list.projection';

export const PLAN_CATEGORY = 'Plan';
export const planStream = (planId: string) => streamName(PLAN_CATEGORY, planId);

export const planNotFound = () =>
  DomainError.notFound('plan_not_found', { vi: 'Không tìm thấy kế hoạch', en: 'Plan not found' });

export const noPlanForUnit = (unitCode: string) =>
  DomainError.notFound(
    'no_plan_for_unit',
    {
      vi: `Đơn vị ${unitCode} và các cấp trên chưa có kế hoạch nào được ban hành`,
      en: `No plan has been adopted for unit ${unitCode} or the units above it`,
    },
    { field: 'unit' },
  );

export interface PlanRecord {
  events: RecordedEvent[];
  state: PlanState & { plan: NonNullable<PlanState['plan']> };
  revision: number;
}

@Injectable()
export class PlanRecords {
  private readonly db: ReadModelDb;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) database: Database,
    private readonly units: OrgUnitDirectory,
  ) {
    this.db = database.db;
  }

  async plan(planId: string): Promise<PlanRecord> {
    const events = await this.store.readStream(planStream(planId));
    const state = foldEvents(
      planDecider,
      events.map((e) => ({ type: e.type, data: e.data }) as PlanEvent),
    );
    if (!state.plan) throw planNotFound();
    return {
      events,
      state: { ...state, plan: state.plan },
      revision: events[events.length - 1]!.streamRevision,
    };
  }

  async planUnit(planId: string): Promise<string> {
    return (await this.plan(planId)).state.plan.unitCode;
  }

  async plansOf(unitCodes: readonly string[]): Promise<PlanListRow[]> {
    if (unitCodes.length === 0) return [];
    return (await this.db
      .selectFrom(PLAN_LIST_TABLE)
      .selectAll()
      .where('unit_code', 'in', unitCodes)
      .orderBy('adopted_on', 'desc')
      .execute()) as PlanListRow[];
  }

  /** The governing plan of a unit for a year: its own, else its nearest ancestor's. */
  async governingPlan(unitCode: string, year: number, onDate: string): Promise<PlanRecord> {
    const lineage = this.units
      .current()
      .lineage(unitCode, onDate)
      .map((u) => u.code);
    const chain = lineage.length > 0 ? lineage : [unitCode];
    const plans = await this.plansOf(chain);
    for (const code of chain) {
      const plan =
        plans.find(
          (p) =>
            p.unit_code === code &&
            p.status === 'adopted' &&
            Number(p.from_year) <= year &&
            Number(p.to_year) >= year,
        ) ?? plans.find((p) => p.unit_code === code && p.status === 'adopted');
      if (plan) return this.plan(plan.id);
    }
    throw noPlanForUnit(unitCode);
  }
}
