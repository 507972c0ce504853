/** One row per employer for the employers list and the vacancy list's employer names. */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';
import type { EmployerProfile } from '../../domain/employer/employer.events';

export const EMPLOYER_LIST_TABLE = 'employer_list';

export interface EmployerListRow extends ReadModelRow {
  id: string;
  name: string;
  tax_code: string | null;
  unit_code: string;
  address: string;
  /** The business contact as JSON (an enterprise's desk, not a job seeker's personal data). */
  contact: string;
  overseas_licence_no: string | null;
  registered_on: string;
}

/** Pure: the row of an employer given one of its events. */
export function evolveEmployerListRow(
  current: EmployerListRow | undefined,
  event: Pick<RecordedEvent, 'type' | 'data'>,
): EmployerListRow | undefined {
  if (event.type !== 'EmployerRegistered') return current;
  const data = event.data as EmployerProfile & { employerId: string; registeredOn: string };
  return {
    id: data.employerId,
    name: data.name,
    tax_code: data.taxCode,
    unit_code: data.unitCode,
    address: data.address,
    contact: JSON.stringify(data.contact),
    overseas_licence_no: data.overseasLicence?.licenceNo ?? null,
    registered_on: data.registeredOn,
  };
}

export const employerListProjection = rowProjection<EmployerListRow>({
  name: 'employer_list',
  version: 1,
  filter: { categories: ['Employer'] },
  table: EMPLOYER_LIST_TABLE,
  migrations: {
    '001_create_employer_list': {
      up: async (db) => {
        await db.schema
          .createTable(EMPLOYER_LIST_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('tax_code', 'text')
          .addColumn('unit_code', 'text', (c) => c.notNull())
          .addColumn('address', 'text', (c) => c.notNull())
          .addColumn('contact', 'text', (c) => c.notNull())
          .addColumn('overseas_licence_no', 'text')
          .addColumn('registered_on', 'text', (c) => c.notNull())
          .execute();
      },
    },
  },
  keyOf: (event) => (event.data as { employerId?: string }).employerId,
  evolve: evolveEmployerListRow,
});
