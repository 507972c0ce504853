/**
 * The overseas pipeline, pure over the placements' events (any interleaving of streams, each
 * stream in order): counts and lists per stage, per village and per country, and the stuck cases.
 *
 * A case is *stuck* when it has not yet departed (nor been withdrawn) and its latest event, by
 * business date, is STUCK_AFTER_DAYS or more days before `today`: nobody has moved it for two
 * months, and a candidate waiting that long usually needs a call.
 */
import { daysBetween } from '../calendar';
import {
  evolveOverseasPlacement,
  initialOverseasPlacementState,
  type OverseasPlacementState,
} from '../placement/overseas-placement.decider';
import {
  PLACEMENT_STAGES,
  PRE_DEPARTURE_STAGES,
  type OverseasPlacementEvent,
  type OverseasProgramme,
  type PlacementStage,
} from '../placement/overseas-placement.events';

export const STUCK_AFTER_DAYS = 60;

export interface PlacementSummary {
  placementId: string;
  jobSeekerId: string;
  villageCode: string;
  country: string;
  programme: OverseasProgramme;
  licensedEnterpriseId: string;
  stage: PlacementStage;
  registeredOn: string;
  lastEventOn: string;
  daysSinceLastEvent: number;
  stuck: boolean;
  departedOn: string | null;
  returned: OverseasPlacementState['returned'];
  withdrawn: OverseasPlacementState['withdrawn'];
  loanIds: string[];
}

export type StageCounts = Record<PlacementStage, number>;

export interface PipelineGroup {
  counts: StageCounts;
  placementIds: string[];
}

export interface OverseasPipeline {
  today: string;
  total: number;
  counts: StageCounts;
  byStage: Record<PlacementStage, PlacementSummary[]>;
  byVillage: Record<string, PipelineGroup>;
  byCountry: Record<string, PipelineGroup>;
  /** Stuck cases, longest-waiting first. */
  stuck: PlacementSummary[];
}

const emptyCounts = (): StageCounts =>
  Object.fromEntries(PLACEMENT_STAGES.map((stage) => [stage, 0])) as StageCounts;

function summarise(state: OverseasPlacementState, today: string): PlacementSummary | null {
  const {
    placementId,
    jobSeekerId,
    villageCode,
    country,
    programme,
    licensedEnterpriseId,
    stage,
    registeredOn,
    lastEventOn,
  } = state;
  if (
    placementId === null ||
    jobSeekerId === null ||
    villageCode === null ||
    country === null ||
    programme === null ||
    licensedEnterpriseId === null ||
    stage === null ||
    registeredOn === null ||
    lastEventOn === null
  ) {
    return null;
  }
  const daysSinceLastEvent = daysBetween(lastEventOn, today);
  return {
    placementId,
    jobSeekerId,
    villageCode,
    country,
    programme,
    licensedEnterpriseId,
    stage,
    registeredOn,
    lastEventOn,
    daysSinceLastEvent,
    stuck: PRE_DEPARTURE_STAGES.includes(stage) && daysSinceLastEvent >= STUCK_AFTER_DAYS,
    departedOn: state.departedOn,
    returned: state.returned,
    withdrawn: state.withdrawn,
    loanIds: state.loanIds,
  };
}

function addTo(groups: Record<string, PipelineGroup>, key: string, summary: PlacementSummary): void {
  const group = (groups[key] ??= { counts: emptyCounts(), placementIds: [] });
  group.counts[summary.stage] += 1;
  group.placementIds.push(summary.placementId);
}

export function overseasPipeline(events: readonly OverseasPlacementEvent[], today: string): OverseasPipeline {
  const states = new Map<string, OverseasPlacementState>();
  for (const event of events) {
    const id = event.data.placementId;
    states.set(id, evolveOverseasPlacement(states.get(id) ?? initialOverseasPlacementState(), event));
  }

  const counts = emptyCounts();
  const byStage = Object.fromEntries(PLACEMENT_STAGES.map((stage) => [stage, []])) as unknown as Record<
    PlacementStage,
    PlacementSummary[]
  >;
  const byVillage: Record<string, PipelineGroup> = {};
  const byCountry: Record<string, PipelineGroup> = {};
  const stuck: PlacementSummary[] = [];
  let total = 0;
  for (const state of states.values()) {
    const summary = summarise(state, today);
    if (!summary) continue;
    total += 1;
    counts[summary.stage] += 1;
    byStage[summary.stage].push(summary);
    addTo(byVillage, summary.villageCode, summary);
    addTo(byCountry, summary.country, summary);
    if (summary.stuck) stuck.push(summary);
  }
  stuck.sort(
    (a, b) => b.daysSinceLastEvent - a.daysSinceLastEvent || a.placementId.localeCompare(b.placementId),
  );
  return { today, total, counts, byStage, byVillage, byCountry, stuck };
}
