/** The overseas pipeline of the caller's villages, from the placement read model. */
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@vieclam/platform/database';
import { DATABASE } from '@vieclam/platform/runtime';
import { daysBetween } from '../domain/calendar';
import type {
  OverseasPipeline,
  PipelineGroup,
  PlacementSummary,
  StageCounts,
} from '../domain/pipeline/overseas-pipeline';
import { STUCK_AFTER_DAYS } from '../domain/pipeline/overseas-pipeline';
import type { OverseasPlacementState } from '../domain/placement/overseas-placement.decider';
import { PLACEMENT_STAGES, PRE_DEPARTURE_STAGES } from '../domain/placement/overseas-placement.events';
import {
  PLACEMENT_LIST_TABLE,
  type PlacementListRow,
} from '../projections/placement-list/placement-list.projection';

export interface PipelineFilter {
  /** Village codes the caller may read; nothing outside them is returned. */
  units: readonly string[];
  village?: string;
  country?: string;
}

const emptyCounts = (): StageCounts =>
  Object.fromEntries(PLACEMENT_STAGES.map((stage) => [stage, 0])) as StageCounts;

/** Pure: a placement's line in the pipeline, judged on `today` (as the domain's `overseasPipeline` does). */
export function placementSummary(state: OverseasPlacementState, today: string): PlacementSummary {
  const daysSinceLastEvent = daysBetween(state.lastEventOn!, today);
  return {
    placementId: state.placementId!,
    jobSeekerId: state.jobSeekerId!,
    villageCode: state.villageCode!,
    country: state.country!,
    programme: state.programme!,
    licensedEnterpriseId: state.licensedEnterpriseId!,
    stage: state.stage!,
    registeredOn: state.registeredOn!,
    lastEventOn: state.lastEventOn!,
    daysSinceLastEvent,
    stuck: PRE_DEPARTURE_STAGES.includes(state.stage!) && daysSinceLastEvent >= STUCK_AFTER_DAYS,
    departedOn: state.departedOn,
    returned: state.returned,
    withdrawn: state.withdrawn,
    loanIds: state.loanIds,
  };
}

/** Pure: counts and lists per stage, village and country, and the stuck cases longest-waiting first. */
export function pipelineOf(summaries: readonly PlacementSummary[], today: string): OverseasPipeline {
  const counts = emptyCounts();
  const byStage = Object.fromEntries(PLACEMENT_STAGES.map((stage) => [stage, []])) as unknown as Record<
    string,
    PlacementSummary[]
  >;
  const byVillage: Record<string, PipelineGroup> = {};
  const byCountry: Record<string, PipelineGroup> = {};
  const add = (groups: Record<string, PipelineGroup>, key: string, summary: PlacementSummary) => {
    const group = (groups[key] ??= { counts: emptyCounts(), placementIds: [] });
    group.counts[summary.stage] += 1;
    group.placementIds.push(summary.placementId);
  };
  for (const summary of summaries) {
    counts[summary.stage] += 1;
    byStage[summary.stage]!.push(summary);
    add(byVillage, summary.villageCode, summary);
    add(byCountry, summary.country, summary);
  }
  const stuck = summaries
    .filter((s) => s.stuck)
    .sort(
      (a, b) => b.daysSinceLastEvent - a.daysSinceLastEvent || a.placementId.localeCompare(b.placementId),
    );
  return {
    today,
    total: summaries.length,
    counts,
    byStage: byStage,
    byVillage,
    byCountry,
    stuck,
  };
}

@Injectable()
export class OverseasPipelineQuery {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async pipeline(filter: PipelineFilter, today: string): Promise<OverseasPipeline> {
    const units = filter.village ? filter.units.filter((u) => u === filter.village) : filter.units;
    if (units.length === 0) return pipelineOf([], today);
    let query = this.database.db
      .selectFrom(PLACEMENT_LIST_TABLE)
      .selectAll()
      .where('village_code', 'in', [...units]);
    if (filter.country) query = query.where('country', '=', filter.country);
    const rows = (await query.orderBy('id').execute()) as PlacementListRow[];
    const summaries = rows
      .map((row) => placementSummary(JSON.parse(row.state) as OverseasPlacementState, today))
      .sort(
        (a, b) => a.registeredOn.localeCompare(b.registeredOn) || a.placementId.localeCompare(b.placementId),
      );
    return pipelineOf(summaries, today);
  }

  /** Ids of the person's placements, oldest first. */
  async placementIdsOf(jobSeekerId: string): Promise<string[]> {
    const rows = (await this.database.db
      .selectFrom(PLACEMENT_LIST_TABLE)
      .select('id')
      .where('job_seeker_id', '=', jobSeekerId)
      .orderBy('id')
      .execute()) as { id: string }[];
    return rows.map((row) => row.id);
  }
}
