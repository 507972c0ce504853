/**
 * DEMO DATA (marked `demo: true` where the event has room for it): the demo commune adopts the
 * seed plan 58/KH-UBND exactly as printed, reports one unobservable figure, and submits the
 * monthly report of a past month. Runs once, on the first embedded demo start, after the other
 * contexts' demo data is loaded (the `Demo-XMT` marker holds `DemoLoaded`) and this context's
 * read models have caught up with it.
 */
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DEMO_COMMUNE_CODE } from '@vieclam/admin';
import { APP_CONFIG, type AppConfig } from '@vieclam/platform/config';
import type { Database } from '@vieclam/platform/database';
import { START, type EventStore } from '@vieclam/platform/event-store';
import { readCheckpoint } from '@vieclam/platform/projections';
import { DATABASE, EVENT_STORE } from '@vieclam/platform/runtime';
import { SEED_PLAN_58_2022 } from '../config/seed-plan-58-2022';
import { PlanCommands, todayInVietnam, type Actor } from '../application/plan-commands';
import { planStream } from '../application/plan-records';
import { ReportSubmissions } from '../application/report-submissions';
import { indicatorFactsProjection } from '../projections/indicator-facts/indicator-facts.projection';

export const PLAN_DEMO_ACTOR: Actor = { userId: 'demo:plan-reports' };
/** The other contexts' demo marker stream (libs/demo); its `DemoLoaded` event means they are done. */
export const DEMO_MARKER_STREAM_NAME = `Demo-${DEMO_COMMUNE_CODE}`;

export interface PlanReportsDemoResult {
  planId: string;
  submitted: { year: number; month: number; asKnownOn: string } | null;
}

/** The past month whose report the demo submits: June of the plan's last year, or of last year. */
export function demoReportMonth(today: string): { year: number; month: number } {
  return { year: Math.min(Number(today.slice(0, 4)) - 1, SEED_PLAN_58_2022.period.toYear), month: 6 };
}

/**
 * Adopts the seed plan on the demo commune (unless adopted), reports a demo value for C3 and
 * submits a past month's report. Call it after the read models have caught up with the demo data.
 */
export async function loadPlanReportsDemo(
  services: { store: EventStore; commands: PlanCommands; submissions: ReportSubmissions },
  options: { today?: string; actor?: Actor } = {},
): Promise<PlanReportsDemoResult> {
  const today = options.today ?? todayInVietnam();
  const actor = options.actor ?? PLAN_DEMO_ACTOR;
  const plan = SEED_PLAN_58_2022;
  const existing = await services.store.readStream(planStream(plan.planId));
  if (existing.length === 0) {
    await services.commands.adopt(plan, actor);
    await services.commands.reportValue(
      plan.planId,
      {
        indicatorCode: 'C3',
        unitCode: plan.unitCode,
        value: 9.8,
        asOf: '2024-06-30',
        source: 'DEMO — Trạm y tế xã, cân đo tháng 6/2024 (số liệu minh họa)',
        reportedOn: '2024-07-05',
      },
      actor,
    );
  }
  const { year, month } = demoReportMonth(today);
  try {
    const result = await services.submissions.submit(
      { unitCode: plan.unitCode, year, month, kind: 'monthly' },
      { note: 'DEMO — báo cáo minh họa / demo report' },
      actor,
    );
    return { planId: plan.planId, submitted: { year, month, asKnownOn: result.asKnownOn } };
  } catch {
    return { planId: plan.planId, submitted: null };
  }
}

const POLL_MS = 500;
const GIVE_UP_MS = 10 * 60_000;

@Injectable()
export class PlanReportsDemoLoader implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PlanReportsDemoLoader');
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly database: Database,
    private readonly commands: PlanCommands,
    private readonly submissions: ReportSubmissions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mode !== 'embedded' || !this.config.demo) return;
    // In the background: the other contexts' demo load and the projections may still be running.
    void this.loadWhenReady().catch((error: unknown) =>
      this.logger.error(`Không nạp được dữ liệu demo kế hoạch / Plan demo data failed: ${String(error)}`),
    );
  }

  onModuleDestroy(): void {
    this.stopped = true;
  }

  private async loadWhenReady(): Promise<void> {
    const started = Date.now();
    while (!this.stopped && Date.now() - started < GIVE_UP_MS) {
      const marker = await this.store.readStream(DEMO_MARKER_STREAM_NAME);
      const loaded = marker.some((e) => e.type === 'DemoLoaded');
      const plan = await this.store.readStream(planStream(SEED_PLAN_58_2022.planId));
      if (plan.length > 0) return; // loaded on an earlier start
      if (loaded && (await this.readModelsCaughtUp())) {
        const result = await loadPlanReportsDemo({
          store: this.store,
          commands: this.commands,
          submissions: this.submissions,
        });
        this.logger.log(
          `Đã nạp kế hoạch demo ${SEED_PLAN_58_2022.number} / Demo plan adopted` +
            (result.submitted
              ? `; báo cáo ${result.submitted.month}/${result.submitted.year} đã gửi / report submitted`
              : ''),
        );
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async readModelsCaughtUp(): Promise<boolean> {
    const checkpoint = await readCheckpoint(this.database.db, indicatorFactsProjection.name).catch(
      () => undefined,
    );
    const page = await this.store.readAll({
      from: checkpoint?.position ?? START,
      limit: 1,
      filter: indicatorFactsProjection.filter,
    });
    return checkpoint !== undefined && page.events.length === 0;
  }
}
