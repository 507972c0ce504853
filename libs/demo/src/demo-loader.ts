import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { EventBus } from '@nestjs/cqrs';
import { DEMO_COMMUNE_CODE, OrgUnitDirectory } from '@vieclam/admin';
import { CommandExecutor } from '@vieclam/platform/command-handling';
import { APP_CONFIG, type AppConfig } from '@vieclam/platform/config';
import { PersonalDataCipher } from '@vieclam/platform/crypto';
import { newEventId, type EventStore } from '@vieclam/platform/event-store';
import { DATABASE, EVENT_STORE } from '@vieclam/platform/runtime';
import type { Database } from '@vieclam/platform/database';
import { sql } from 'kysely';
import { DEMO_SEED, DUPLICATE_INDEX, JobSeekerRecords, todayInVietnam } from '@vieclam/job-seekers';
import { VacancyRecords } from '@vieclam/vacancies';
import { DEMO_CORRELATION_PREFIX, DemoRecordingStore } from './demo-recording-store';
import { DEMO_ACTOR, demoServices, loadDemoCommune, type DemoCounts } from './load-demo-commune';

/** The marker stream: its first event claims the load, so a restart never loads twice. */
export const DEMO_MARKER_STREAM = `Demo-${DEMO_COMMUNE_CODE}`;
const DEMO_COUNSELLOR_USERNAME = 'demo.tuvan';

/**
 * Loads the demo commune's job seekers, counselling, employers, vacancies, referrals and placements
 * once, at the first start of embedded demo mode, after the admin context seeded the units and
 * demo users (a global module: its bootstrap hooks run before this one's). Never on a server.
 */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoLoader');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly database: Database,
    private readonly eventBus: EventBus,
    private readonly cipher: PersonalDataCipher,
    private readonly units: OrgUnitDirectory,
    private readonly jobSeekerRecords: JobSeekerRecords,
    private readonly vacancyRecords: VacancyRecords,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.mode !== 'embedded' || !this.config.demo) return;
    const marker = await this.store.readStream(DEMO_MARKER_STREAM);
    if (marker.length > 0) {
      if (!marker.some((event) => event.type === 'DemoLoaded')) {
        this.logger.warn(
          'Lần nạp dữ liệu demo trước chưa xong; không nạp lại / The previous demo load did not finish; not loading again',
        );
      }
      return;
    }
    if ((await this.hasAny('JobSeeker')) || (await this.hasAny('Vacancy'))) {
      this.logger.warn(
        'Đã có hồ sơ thật; không trộn dữ liệu demo vào / Real cases exist; not mixing demo data in',
      );
      return;
    }
    const today = todayInVietnam();
    if (this.units.current().lineage(`${DEMO_COMMUNE_CODE}-01`, today).length === 0) {
      this.logger.warn(
        `Chưa có đơn vị demo ${DEMO_COMMUNE_CODE}; bỏ qua dữ liệu demo / No demo unit ${DEMO_COMMUNE_CODE}; skipping demo data`,
      );
      return;
    }
    const started = Date.now();
    await this.mark('DemoLoadStarted', 'no_stream', { commune: DEMO_COMMUNE_CODE, seed: DEMO_SEED });
    this.logger.log('Đang nạp dữ liệu demo xã Minh Tiến… / Loading the Minh Tiến demo data…');

    const recorder = new DemoRecordingStore(this.store, DEMO_SEED);
    const services = demoServices({
      recorder,
      executor: new CommandExecutor(recorder, this.eventBus),
      cipher: this.cipher,
      jobSeekerRecords: this.jobSeekerRecords,
      duplicates: this.moduleRef.get(DUPLICATE_INDEX, { strict: false }),
      vacancyRecords: this.vacancyRecords,
      units: this.units,
    });
    let counts: DemoCounts;
    // A thousand small commits: with `synchronous = FULL` each waits for an fsync, which is most of
    // the load time. In WAL mode NORMAL still never corrupts the file; at worst a power cut loses
    // the last demo commits, and the marker already says the load was not finished. FULL again after.
    const sqlite = this.database.kind === 'sqlite';
    if (sqlite) await sql`PRAGMA synchronous = NORMAL`.execute(this.database.db);
    try {
      counts = await loadDemoCommune(services, {
        today,
        counsellorId: (await this.demoCounsellorId()) ?? DEMO_ACTOR,
        log: (message) => this.logger.log(message),
      });
    } catch (error) {
      // The app still starts; the marker stays, so a restart does not add a second partial copy.
      this.logger.error(
        `Nạp dữ liệu demo thất bại; dữ liệu demo chưa đầy đủ / The demo data load failed; the demo data is incomplete: ${String(error)}`,
      );
      return;
    } finally {
      if (sqlite) await sql`PRAGMA synchronous = FULL`.execute(this.database.db);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    await this.mark('DemoLoaded', 0, {
      commune: DEMO_COMMUNE_CODE,
      seed: DEMO_SEED,
      counts,
      seconds: Number(seconds),
    });
    this.logger.log(
      `Đã nạp dữ liệu demo trong ${seconds} giây / Demo data loaded in ${seconds} s: ${describe(counts)}`,
    );
  }

  private async mark(
    type: string,
    expected: 'no_stream' | number,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.store.append(
      DEMO_MARKER_STREAM,
      [
        {
          eventId: newEventId(),
          type,
          schemaVersion: 1,
          data: { ...data, demo: true },
          metadata: {
            occurredOn: todayInVietnam(),
            actor: DEMO_ACTOR,
            orgUnit: DEMO_COMMUNE_CODE,
            correlationId: `${DEMO_CORRELATION_PREFIX}marker`,
            causationId: null,
          },
        },
      ],
      expected,
    );
  }

  private async hasAny(category: string): Promise<boolean> {
    for (let from: string | undefined = undefined; ;) {
      const page = await this.store.readAll({ from, limit: 1000, filter: { categories: [category] } });
      if (page.events.length > 0) return true;
      if (page.isEnd) return false;
      from = page.lastPosition;
    }
  }

  /** The demo counsellor's user id, so `mine=true` on the work list shows the demo follow-ups. */
  private async demoCounsellorId(): Promise<string | undefined> {
    for (let from: string | undefined = undefined; ;) {
      const page = await this.store.readAll({ from, limit: 500, filter: { categories: ['User'] } });
      for (const event of page.events) {
        const data = event.data as { userId?: string; username?: string };
        if (event.type === 'UserCreated' && data.username === DEMO_COUNSELLOR_USERNAME) return data.userId;
      }
      if (page.isEnd) return undefined;
      from = page.lastPosition;
    }
  }
}

function describe(counts: DemoCounts): string {
  return [
    `${counts.jobSeekers} người tìm việc / job seekers`,
    `${counts.consultations} buổi tư vấn / consultations`,
    `${counts.employers} nhà tuyển dụng / employers`,
    `${counts.vacancies} vị trí (${counts.overseasOrders} đơn hàng nước ngoài) / vacancies (${counts.overseasOrders} overseas orders)`,
    `${counts.referrals} lượt giới thiệu / referrals`,
    `${counts.jobStarts} việc làm mới / job starts`,
    `${counts.savingsGroups} tổ TK&VV, ${counts.loans} khoản vay / savings groups, loans`,
  ].join(', ');
}
