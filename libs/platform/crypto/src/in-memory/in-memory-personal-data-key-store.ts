import type { DataKeyLookup, PersonalDataKeyStore, StoredDataKey } from '../personal-data-key-store.port';

type Row = { kind: 'active'; key: StoredDataKey } | { kind: 'erased'; erasedAt: string };

/** Unit-test adapter. `calls` counts each operation so tests can see what the key cache saves. */
export class InMemoryPersonalDataKeyStore implements PersonalDataKeyStore {
  readonly calls = { find: 0, insertIfAbsent: 0, erase: 0, listWrappedBy: 0, replaceWrappedKey: 0 };
  private readonly rows = new Map<string, Row>();

  async find(subjectId: string): Promise<DataKeyLookup> {
    this.calls.find++;
    const row = this.rows.get(subjectId);
    if (!row) return { status: 'absent' };
    return row.kind === 'active'
      ? { status: 'active', key: row.key }
      : { status: 'erased', erasedAt: row.erasedAt };
  }

  async insertIfAbsent(key: StoredDataKey): Promise<void> {
    this.calls.insertIfAbsent++;
    if (!this.rows.has(key.subjectId)) this.rows.set(key.subjectId, { kind: 'active', key: { ...key } });
  }

  async erase(subjectId: string, erasedAt: string): Promise<void> {
    this.calls.erase++;
    if (this.rows.get(subjectId)?.kind !== 'erased') this.rows.set(subjectId, { kind: 'erased', erasedAt });
  }

  async listWrappedBy(
    masterKeyId: string,
    page: { afterSubjectId?: string; limit: number },
  ): Promise<StoredDataKey[]> {
    this.calls.listWrappedBy++;
    const after = page.afterSubjectId;
    return [...this.rows.values()]
      .flatMap((row) => (row.kind === 'active' && row.key.masterKeyId === masterKeyId ? [row.key] : []))
      .filter((key) => after === undefined || key.subjectId > after)
      .sort((a, b) => (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0))
      .slice(0, page.limit);
  }

  async replaceWrappedKey(
    subjectId: string,
    expectedWrappedKey: string,
    replacement: { wrappedKey: string; masterKeyId: string },
  ): Promise<boolean> {
    this.calls.replaceWrappedKey++;
    const row = this.rows.get(subjectId);
    if (row?.kind !== 'active' || row.key.wrappedKey !== expectedWrappedKey) return false;
    this.rows.set(subjectId, { kind: 'active', key: { ...row.key, ...replacement } });
    return true;
  }
}
