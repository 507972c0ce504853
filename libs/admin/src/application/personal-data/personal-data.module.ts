import { Global, Module } from '@nestjs/common';
import { KyselyPersonalDataKeyStore, MasterKey, PersonalDataCipher } from '@vieclam/platform/crypto';
import type { Database } from '@vieclam/platform/database';
import { DATABASE } from '@vieclam/platform/runtime';
import { PersonalDataAccessLog } from './personal-data-access-log';
import { PersonalDataController } from './personal-data.controller';

/**
 * The one `PersonalDataCipher` of the process (one key cache, so an erasure here is seen at once by
 * every context in this process), the read audit log, and the erasure endpoint. Global: every
 * context injects `PersonalDataCipher` and `PersonalDataAccessLog` from here.
 */
@Global()
@Module({
  controllers: [PersonalDataController],
  providers: [
    {
      provide: PersonalDataCipher,
      inject: [MasterKey, DATABASE],
      useFactory: async (masterKey: MasterKey, database: Database) =>
        new PersonalDataCipher({ keyStore: await KyselyPersonalDataKeyStore.create(database.db), masterKey }),
    },
    PersonalDataAccessLog,
  ],
  exports: [PersonalDataCipher, PersonalDataAccessLog],
})
export class PersonalDataModule {}
