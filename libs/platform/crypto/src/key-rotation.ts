import { unwrapDataKey, wrapDataKey } from './key-wrapping';
import type { MasterKey } from './master-key';
import type { PersonalDataKeyStore } from './personal-data-key-store.port';

/**
 * Master key rotation: rewraps every data key wrapped by `oldKey` with `newKey`. Data keys (and so
 * every encrypted event) stay the same. Safe to re-run after an interruption; keys erased meanwhile
 * are left erased. Run the application with `previousMasterKeys: [oldKey]` until this has finished.
 */
export async function rewrapAll(
  keyStore: PersonalDataKeyStore,
  oldKey: MasterKey,
  newKey: MasterKey,
  options: { batchSize?: number } = {},
): Promise<{ rewrapped: number }> {
  const limit = options.batchSize ?? 500;
  let rewrapped = 0;
  let afterSubjectId: string | undefined;
  for (;;) {
    const page = await keyStore.listWrappedBy(
      oldKey.id,
      afterSubjectId === undefined ? { limit } : { afterSubjectId, limit },
    );
    for (const stored of page) {
      const dataKey = unwrapDataKey(oldKey, stored.subjectId, stored.wrappedKey);
      const replaced = await keyStore.replaceWrappedKey(stored.subjectId, stored.wrappedKey, {
        wrappedKey: wrapDataKey(newKey, stored.subjectId, dataKey),
        masterKeyId: newKey.id,
      });
      dataKey.fill(0);
      if (replaced) rewrapped++;
    }
    const last = page[page.length - 1];
    if (!last || page.length < limit) return { rewrapped };
    afterSubjectId = last.subjectId;
  }
}
