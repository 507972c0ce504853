/**
 * Possible duplicates are found by keyed hashes (HMAC-SHA256 under a key derived from the master
 * key) of the normalised CCCD, and of the normalised name + date of birth: the table never holds
 * plaintext, and without the master key its hashes cannot be tested against guesses.
 */
import { createHmac } from 'node:crypto';
import type { Migration } from 'kysely';
import type { PersonalDataCipher, MasterKey } from '@vieclam/platform/crypto';
import { migrateToLatest, type ReadModelDb } from '@vieclam/platform/database';
import { searchKey } from '@vieclam/platform/text';
import type { PossibleDuplicate } from '../domain/job-seeker/job-seeker.decider';

export const DUPLICATE_KEYS_TABLE = 'job_seeker_duplicate_keys';
export const JOB_SEEKERS_MIGRATION_TABLE = 'kysely_migration_job_seekers';

type DuplicateReason = PossibleDuplicate['reason'];

export interface DuplicateKey {
  reason: DuplicateReason;
  hash: string;
}

const migrations: Record<string, Migration> = {
  '001_duplicate_keys': {
    up: async (db) => {
      await db.schema
        .createTable(DUPLICATE_KEYS_TABLE)
        .ifNotExists()
        .addColumn('key_hash', 'text', (c) => c.notNull())
        .addColumn('job_seeker_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('job_seeker_duplicate_keys_pk', ['key_hash', 'job_seeker_id'])
        .execute();
    },
  },
};

/** Pure: the keys of a person under `hashKey`. */
export function duplicateKeysOf(
  hashKey: Buffer,
  person: { citizenId: string; fullName: string; dateOfBirth: string },
): DuplicateKey[] {
  const hash = (text: string) => createHmac('sha256', hashKey).update(text, 'utf8').digest('base64url');
  return [
    { reason: 'same_citizen_id', hash: hash(`cccd:${person.citizenId.replace(/\D/g, '')}`) },
    {
      reason: 'same_name_and_birth_date',
      hash: hash(`name-dob:${searchKey(person.fullName)}|${person.dateOfBirth}`),
    },
  ];
}

/** Derives the hashing key; rotating the master key means rebuilding the index. */
export function duplicateHashKey(masterKey: MasterKey): Buffer {
  return createHmac('sha256', masterKey.secret).update('vieclam:job-seekers:duplicate-keys:v1').digest();
}

export class DuplicateIndex {
  constructor(
    private readonly db: ReadModelDb,
    private readonly hashKey: Buffer,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async migrate(): Promise<void> {
    await migrateToLatest(this.db, { migrationTableName: JOB_SEEKERS_MIGRATION_TABLE, migrations });
  }

  keysOf(person: { citizenId: string; fullName: string; dateOfBirth: string }): DuplicateKey[] {
    return duplicateKeysOf(this.hashKey, person);
  }

  /**
   * Registered people sharing a key. Erased people are dropped from the index as they are met: their
   * hashes are derived personal data and must not outlive the erasure.
   */
  async find(keys: readonly DuplicateKey[], exceptJobSeekerId?: string): Promise<PossibleDuplicate[]> {
    const rows = (await this.db
      .selectFrom(DUPLICATE_KEYS_TABLE)
      .select(['job_seeker_id', 'reason'])
      .where(
        'key_hash',
        'in',
        keys.map((k) => k.hash),
      )
      .execute()) as { job_seeker_id: string; reason: DuplicateReason }[];
    const found: PossibleDuplicate[] = [];
    for (const row of rows) {
      if (row.job_seeker_id === exceptJobSeekerId) continue;
      if (await this.cipher.isSubjectErased(row.job_seeker_id)) {
        await this.forget(row.job_seeker_id);
        continue;
      }
      if (!found.some((f) => f.jobSeekerId === row.job_seeker_id && f.reason === row.reason)) {
        found.push({ jobSeekerId: row.job_seeker_id, reason: row.reason });
      }
    }
    return found;
  }

  /** Replaces the person's keys. */
  async index(jobSeekerId: string, keys: readonly DuplicateKey[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom(DUPLICATE_KEYS_TABLE).where('job_seeker_id', '=', jobSeekerId).execute();
      if (keys.length === 0) return;
      await trx
        .insertInto(DUPLICATE_KEYS_TABLE)
        .values(keys.map((k) => ({ key_hash: k.hash, job_seeker_id: jobSeekerId, reason: k.reason })))
        .onConflict((oc) => oc.columns(['key_hash', 'job_seeker_id']).doNothing())
        .execute();
    });
  }

  async forget(jobSeekerId: string): Promise<void> {
    await this.db.deleteFrom(DUPLICATE_KEYS_TABLE).where('job_seeker_id', '=', jobSeekerId).execute();
  }
}
