/** Employers and vacancies lists from the read models, limited to the caller's units. */
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@vieclam/platform/database';
import { DATABASE } from '@vieclam/platform/runtime';
import type { VacancyTerms } from '../domain/vacancy/vacancy.events';
import {
  EMPLOYER_LIST_TABLE,
  type EmployerListRow,
} from '../projections/employer-list/employer-list.projection';
import { VACANCY_LIST_TABLE, type VacancyListRow } from '../projections/vacancy-list/vacancy-list.projection';

export interface VacancyListFilter {
  /** Unit codes the caller may read; nothing outside them is returned. */
  units: readonly string[];
  status?: string;
  /** Occupation code or any of its groups (a prefix: `72` finds `7212`). */
  occupation?: string;
  abroad?: boolean;
}

export interface VacancyListItem {
  vacancyId: string;
  employerId: string;
  employerName: string | null;
  unitCode: string;
  occupationCode: string;
  title: string;
  count: number;
  /** `open`, `filled` or `closed`; an open vacancy past its closing date reads `closed`. */
  status: string;
  abroad: boolean;
  country: string | null;
  programme: string | null;
  closingDate: string;
  openedOn: string;
  referred: number;
  hired: number;
  rejected: number;
  terms: VacancyTerms;
}

export interface EmployerListItem {
  employerId: string;
  name: string;
  taxCode: string | null;
  unitCode: string;
  address: string;
  contact: unknown;
  overseasLicenceNo: string | null;
  registeredOn: string;
}

const toItem = (row: VacancyListRow & { employer_name: string | null }, today: string): VacancyListItem => ({
  vacancyId: row.id,
  employerId: row.employer_id,
  employerName: row.employer_name,
  unitCode: row.unit_code,
  occupationCode: row.occupation_code,
  title: row.title,
  count: Number(row.count),
  status: row.status === 'open' && row.closing_date < today ? 'closed' : row.status,
  abroad: Number(row.abroad) === 1,
  country: row.country,
  programme: row.programme,
  closingDate: row.closing_date,
  openedOn: row.opened_on,
  referred: Number(row.referred),
  hired: Number(row.hired),
  rejected: Number(row.rejected),
  terms: JSON.parse(row.terms) as VacancyTerms,
});

@Injectable()
export class VacancyListQuery {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async vacancies(filter: VacancyListFilter, today: string): Promise<VacancyListItem[]> {
    if (filter.units.length === 0) return [];
    let query = this.database.db
      .selectFrom(`${VACANCY_LIST_TABLE} as v`)
      .leftJoin(`${EMPLOYER_LIST_TABLE} as e`, 'e.id', 'v.employer_id')
      .selectAll('v')
      .select('e.name as employer_name')
      .where('v.unit_code', 'in', [...filter.units]);
    if (filter.status === 'open') {
      query = query.where('v.status', '=', 'open').where('v.closing_date', '>=', today);
    } else if (filter.status === 'closed') {
      query = query.where((eb) =>
        eb.or([
          eb('v.status', '=', 'closed'),
          eb.and([eb('v.status', '=', 'open'), eb('v.closing_date', '<', today)]),
        ]),
      );
    } else if (filter.status) {
      query = query.where('v.status', '=', filter.status);
    }
    if (filter.occupation) query = query.where('v.occupation_code', 'like', `${filter.occupation}%`);
    if (filter.abroad !== undefined) query = query.where('v.abroad', '=', filter.abroad ? 1 : 0);
    const rows = (await query.orderBy('v.opened_on', 'desc').orderBy('v.id').execute()) as (VacancyListRow & {
      employer_name: string | null;
    })[];
    return rows.map((row) => toItem(row, today));
  }

  async employers(units: readonly string[]): Promise<EmployerListItem[]> {
    if (units.length === 0) return [];
    const rows = (await this.database.db
      .selectFrom(EMPLOYER_LIST_TABLE)
      .selectAll()
      .where('unit_code', 'in', [...units])
      .orderBy('name')
      .execute()) as EmployerListRow[];
    return rows.map((row) => ({
      employerId: row.id,
      name: row.name,
      taxCode: row.tax_code,
      unitCode: row.unit_code,
      address: row.address,
      contact: JSON.parse(row.contact) as unknown,
      overseasLicenceNo: row.overseas_licence_no,
      registeredOn: row.registered_on,
    }));
  }
}
