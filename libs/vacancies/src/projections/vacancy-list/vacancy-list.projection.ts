/**
 * One row per vacancy for lists, filters and matching a candidate against every open vacancy:
 * status (open / filled / closed), counts of referrals and hires, and the terms as JSON.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';
import type { VacancyTerms } from '../../domain/vacancy/vacancy.events';

export const VACANCY_LIST_TABLE = 'vacancy_list';

export interface VacancyListRow extends ReadModelRow {
  id: string;
  employer_id: string;
  unit_code: string;
  occupation_code: string;
  title: string;
  count: number;
  status: string;
  /** 1 for an overseas order. */
  abroad: number;
  country: string | null;
  programme: string | null;
  closing_date: string;
  opened_on: string;
  referred: number;
  hired: number;
  rejected: number;
  /** `VacancyTerms` as JSON (no personal data in it). */
  terms: string;
}

type Json = Record<string, unknown>;

/** Pure: the next row of a vacancy given one of its events. */
export function evolveVacancyListRow(
  current: VacancyListRow | undefined,
  event: Pick<RecordedEvent, 'type' | 'data'>,
): VacancyListRow | undefined {
  const data = event.data as Json;
  if (event.type === 'VacancyOpened') {
    const {
      vacancyId: _id,
      employerId,
      unitCode,
      openedOn,
      ...terms
    } = data as unknown as VacancyTerms & {
      vacancyId: string;
      employerId: string;
      unitCode: string;
      openedOn: string;
    };
    return {
      id: String(data.vacancyId),
      employer_id: employerId,
      unit_code: unitCode,
      occupation_code: terms.occupationCode,
      title: terms.title,
      count: terms.count,
      status: 'open',
      abroad: terms.overseas ? 1 : 0,
      country: terms.overseas?.country ?? null,
      programme: terms.overseas?.programme ?? null,
      closing_date: terms.closingDate,
      opened_on: openedOn,
      referred: 0,
      hired: 0,
      rejected: 0,
      terms: JSON.stringify(terms),
    };
  }
  if (!current) return undefined;
  const row: VacancyListRow = {
    ...current,
    count: Number(current.count),
    referred: Number(current.referred),
    hired: Number(current.hired),
    rejected: Number(current.rejected),
  };
  switch (event.type) {
    case 'VacancyUpdated': {
      const changes = data.changes as Partial<VacancyTerms>;
      const terms = { ...(JSON.parse(row.terms) as VacancyTerms), ...changes };
      return {
        ...row,
        title: terms.title,
        count: terms.count,
        closing_date: terms.closingDate,
        terms: JSON.stringify(terms),
      };
    }
    case 'VacancyFilled':
      return { ...row, status: 'filled' };
    case 'VacancyClosed':
      return { ...row, status: 'closed' };
    case 'CandidateReferred':
      return { ...row, referred: row.referred + 1 };
    case 'CandidateHired':
      return { ...row, hired: row.hired + 1 };
    case 'CandidateRejected':
      return { ...row, rejected: row.rejected + 1 };
    default:
      return row;
  }
}

export const vacancyListProjection = rowProjection<VacancyListRow>({
  name: 'vacancy_list',
  version: 1,
  filter: { categories: ['Vacancy'] },
  table: VACANCY_LIST_TABLE,
  migrations: {
    '001_create_vacancy_list': {
      up: async (db) => {
        await db.schema
          .createTable(VACANCY_LIST_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('employer_id', 'text', (c) => c.notNull())
          .addColumn('unit_code', 'text', (c) => c.notNull())
          .addColumn('occupation_code', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('abroad', 'integer', (c) => c.notNull())
          .addColumn('country', 'text')
          .addColumn('programme', 'text')
          .addColumn('closing_date', 'text', (c) => c.notNull())
          .addColumn('opened_on', 'text', (c) => c.notNull())
          .addColumn('referred', 'integer', (c) => c.notNull())
          .addColumn('hired', 'integer', (c) => c.notNull())
          .addColumn('rejected', 'integer', (c) => c.notNull())
          .addColumn('terms', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('vacancy_list_unit_status')
          .on(VACANCY_LIST_TABLE)
          .columns(['unit_code', 'status'])
          .execute();
      },
    },
  },
  keyOf: (event) => (event.data as { vacancyId?: string }).vacancyId,
  evolve: evolveVacancyListRow,
});
