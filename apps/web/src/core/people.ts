import { useQueries } from '@tanstack/react-query';
import { api } from './api';
import { useAuth } from './auth';
import { useI18n } from './i18n';

/** What `GET /api/job-seekers?ids=…` tells about a person. */
export interface PersonSummary {
  jobSeekerId: string;
  fullName: string | null;
  villageCode: string | null;
  personalDataErased: boolean;
}

const CHUNK = 200;
/** Query key prefix: under `/job-seekers`, so a command invalidating `/job-seekers` refreshes names too. */
const KEY = '/job-seekers?ids';

interface Waiting {
  id: string;
  resolve(person: PersonSummary | null): void;
  reject(error: unknown): void;
}

let queue: Waiting[] = [];
let scheduled = false;

/** Sends every id asked for in this tick as `GET /job-seekers?ids=…`, 200 at a time. */
async function flush() {
  const batch = queue;
  queue = [];
  scheduled = false;
  const ids = [...new Set(batch.map((w) => w.id))];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const waiting = batch.filter((w) => chunk.includes(w.id));
    try {
      const page = await api.get<{ items: PersonSummary[] }>('/job-seekers', { ids: chunk.join(','), pageSize: CHUNK });
      const byId = new Map(page.items.map((p) => [p.jobSeekerId, p]));
      // A person outside the user's units is not returned: null, shown as a short id.
      for (const w of waiting) w.resolve(byId.get(w.id) ?? null);
    } catch (error) {
      for (const w of waiting) w.reject(error);
    }
  }
}

function loadPerson(id: string): Promise<PersonSummary | null> {
  return new Promise((resolve, reject) => {
    queue.push({ id, resolve, reject });
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => void flush(), 0);
    }
  });
}

/**
 * Names of the people shown, by id. Every id asked for during one render (by any component) goes
 * in one `GET /job-seekers?ids=…` request; each person is cached on its own. Needs job-seekers:read
 * (without it the map stays empty). `nameOf` gives the name, "(personal data erased)", or a short id.
 */
export function usePersonNames(ids: readonly (string | null | undefined)[]) {
  const { can } = useAuth();
  const { t } = useI18n();
  const enabled = can('job-seekers:read');
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: [KEY, id],
      queryFn: () => loadPerson(id),
      enabled,
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const byId = new Map<string, PersonSummary>();
  results.forEach((r, i) => {
    if (r.data) byId.set(unique[i]!, r.data);
  });
  const nameOf = (id: string) => {
    const person = byId.get(id);
    return person?.personalDataErased
      ? t('(đã xoá dữ liệu cá nhân)', '(personal data erased)')
      : (person?.fullName ?? `…${id.slice(-6)}`);
  };
  return { byId, nameOf, loading: results.some((r) => r.isLoading) };
}
