/**
 * The job seekers API as the real app composes it (see `@vieclam/testing`), with the
 * personal-data cipher at hand for crypto-shredding tests.
 */
import { PersonalDataCipher } from '@vieclam/platform/crypto';
import { contextTestAppStarter, type ContextTestApp, type TestAppKind } from '@vieclam/testing';
import { JobSeekersModule } from '../../job-seekers.module';
import { JOB_SEEKER_PROJECTIONS } from '../../projections/job-seekers.projections';

export { eventually } from '@vieclam/testing';

export interface JobSeekersTestApp extends ContextTestApp {
  cipher: PersonalDataCipher;
}

const startTestApp = contextTestAppStarter({
  defaultDatabaseName: 'vieclam_js_test',
  tempDirPrefix: 'js',
  modules: [JobSeekersModule],
  projections: JOB_SEEKER_PROJECTIONS,
});

export async function startJobSeekersTestApp(
  kind: TestAppKind,
  postgresDatabaseName?: string,
): Promise<JobSeekersTestApp> {
  const testApp = await startTestApp(kind, postgresDatabaseName);
  return { ...testApp, cipher: testApp.app.get(PersonalDataCipher) };
}
