import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vieclam/platform/config';
import type { EventStore } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { OrgUnitDirectory } from '../projections/org-units/org-unit-directory';
import { formatCredentials, seedDemo } from './seed-demo';

/** Seeds the demo commune and one user per role at the first start of embedded demo mode only. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: OrgUnitDirectory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A server never gets accounts with known or printed passwords.
    if (this.config.mode !== 'embedded' || !this.config.demo) return;
    const seeded = await seedDemo(this.store, this.config.dataDir);
    if (!seeded) return;
    await this.directory.sync();
    // Straight to stdout, never through the logger: log files must not hold passwords.
    process.stdout.write(`\n${formatCredentials(seeded.accounts)}(${seeded.credentialsFile})\n\n`);
    this.logger.log(
      `Đã tạo ${seeded.accounts.length} tài khoản demo / Created ${seeded.accounts.length} demo accounts`,
    );
  }
}
