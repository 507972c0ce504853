export * from './erased';
export { MasterKey, InvalidMasterKey, loadOrCreateMasterKeyFile, resolveMasterKey } from './master-key';
export { wrapDataKey, unwrapDataKey, DataKeyUnwrapFailed, MasterKeyNotAvailable } from './key-wrapping';
export * from './personal-data-key-store.port';
export {
  PersonalDataCipher,
  PersonalDataDecryptionFailed,
  PersonalDataErased,
  isPersonalDataEncrypted,
  type PersonalDataCipherOptions,
  type WithDecryptedFields,
  type WithEncryptedFields,
} from './personal-data-cipher';
export { rewrapAll } from './key-rotation';
export { InMemoryPersonalDataKeyStore } from './in-memory/in-memory-personal-data-key-store';
export { KyselyPersonalDataKeyStore } from './kysely/kysely-personal-data-key-store';
export {
  CRYPTO_MIGRATION_TABLE,
  migratePersonalDataKeys,
  personalDataKeyMigrations,
} from './kysely/personal-data-keys.migrations';
