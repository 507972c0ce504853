/**
 * The job seekers list and the counsellor's work list, read from the `job_seeker_list` read model
 * and limited to the caller's units. Names are decrypted on read (key cache); the accent-insensitive
 * name search runs on the decrypted names in memory, inside the caller's scope and the other filters.
 */
import { Inject, Injectable } from '@nestjs/common';
import { PersonalDataCipher } from '@vieclam/platform/crypto';
import type { Database } from '@vieclam/platform/database';
import { DATABASE } from '@vieclam/platform/runtime';
import { matchesSearch } from '@vieclam/platform/text';
import { addDays } from '../application/calendar-dates';
import { openValue } from '../application/personal-data-sealing';
import {
  JOB_SEEKER_LIST_TABLE,
  type JobSeekerListRow,
} from '../projections/job-seeker-list/job-seeker-list.projection';

export interface JobSeekerListFilter {
  /** Unit codes the caller may read (the scope); nothing outside them is returned. */
  units: readonly string[];
  village?: string;
  status?: string;
  occupation?: string;
  /** Follow-up due on or before this date. */
  followUpDueBy?: string;
  closed?: boolean;
  q?: string;
  /** Only these job seekers (still within the scope). */
  ids?: readonly string[];
  page: number;
  pageSize: number;
}

export interface JobSeekerListItem {
  jobSeekerId: string;
  /** The decrypted name, or "Đã xoá dữ liệu cá nhân / Personal data erased". */
  fullName: string;
  personalDataErased: boolean;
  villageCode: string;
  sex: string;
  labourStatus: string;
  labourStatusAsOf: string | null;
  occupationCodes: string[];
  followUpOn: string | null;
  lastConsultationOn: string | null;
  lastCounsellorId: string | null;
  consultations: number;
  referrals: number;
  jobsStarted: number;
  closed: boolean;
  registeredOn: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface WorkListItem extends JobSeekerListItem {
  overdue: boolean;
  /** Days past the follow-up date (0 when it is today or later). */
  daysOverdue: number;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

@Injectable()
export class JobSeekerListQuery {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async list(filter: JobSeekerListFilter): Promise<Page<JobSeekerListItem>> {
    const units = filter.village ? filter.units.filter((u) => u === filter.village) : [...filter.units];
    if (units.length === 0) return { items: [], total: 0, page: filter.page, pageSize: filter.pageSize };
    let query = this.database.db.selectFrom(JOB_SEEKER_LIST_TABLE).where('village_code', 'in', units);
    if (filter.ids) {
      if (filter.ids.length === 0) return { items: [], total: 0, page: filter.page, pageSize: filter.pageSize };
      query = query.where('id', 'in', [...filter.ids]);
    }
    if (filter.status) query = query.where('labour_status', '=', filter.status);
    if (filter.occupation) query = query.where('occupation_codes', 'like', `%|${filter.occupation}%`);
    if (filter.followUpDueBy)
      query = query
        .where('follow_up_on', 'is not', null)
        .where('follow_up_on', '<=', filter.followUpDueBy)
        .where('closed', '=', 0);
    if (filter.closed !== undefined) query = query.where('closed', '=', filter.closed ? 1 : 0);
    const ordered = query.selectAll().orderBy('registered_on', 'desc').orderBy('id');
    const offset = (filter.page - 1) * filter.pageSize;

    if (!filter.q?.trim()) {
      const [{ total }] = (await query.select((eb) => eb.fn.countAll().as('total')).execute()) as [
        { total: number | string | bigint },
      ];
      const rows = (await ordered.limit(filter.pageSize).offset(offset).execute()) as JobSeekerListRow[];
      return {
        items: await Promise.all(rows.map((row) => this.item(row))),
        total: Number(total),
        page: filter.page,
        pageSize: filter.pageSize,
      };
    }
    // Names exist only encrypted: search the decrypted names of the rows the other filters left.
    const q = filter.q;
    const items = (
      await Promise.all(((await ordered.execute()) as JobSeekerListRow[]).map((row) => this.item(row)))
    ).filter((item) => !item.personalDataErased && matchesSearch(item.fullName, q));
    return {
      items: items.slice(offset, offset + filter.pageSize),
      total: items.length,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }

  /** Follow-ups overdue or due within `withinDays` of `today`, earliest first. */
  async workList(input: {
    units: readonly string[];
    today: string;
    withinDays: number;
    counsellorId?: string;
  }): Promise<{ today: string; dueBy: string; overdue: number; items: WorkListItem[] }> {
    const dueBy = addDays(input.today, input.withinDays);
    if (input.units.length === 0) return { today: input.today, dueBy, overdue: 0, items: [] };
    let query = this.database.db
      .selectFrom(JOB_SEEKER_LIST_TABLE)
      .selectAll()
      .where('village_code', 'in', [...input.units])
      .where('closed', '=', 0)
      .where('follow_up_on', 'is not', null)
      .where('follow_up_on', '<=', dueBy);
    if (input.counsellorId) query = query.where('last_counsellor_id', '=', input.counsellorId);
    const rows = (await query.orderBy('follow_up_on').orderBy('id').execute()) as JobSeekerListRow[];
    const items = await Promise.all(
      rows.map(async (row): Promise<WorkListItem> => {
        const daysOverdue = Math.max(0, daysBetween(row.follow_up_on!, input.today));
        return { ...(await this.item(row)), overdue: daysOverdue > 0, daysOverdue };
      }),
    );
    return { today: input.today, dueBy, overdue: items.filter((i) => i.overdue).length, items };
  }

  private async item(row: JobSeekerListRow): Promise<JobSeekerListItem> {
    const name = await openValue(this.cipher, row.id, row.full_name_sealed);
    return {
      jobSeekerId: row.id,
      fullName: String(name.value),
      personalDataErased: name.erased,
      villageCode: row.village_code,
      sex: row.sex,
      labourStatus: row.labour_status,
      labourStatusAsOf: row.labour_status_as_of,
      occupationCodes: row.occupation_codes.split('|').filter(Boolean),
      followUpOn: row.follow_up_on,
      lastConsultationOn: row.last_consultation_on,
      lastCounsellorId: row.last_counsellor_id,
      consultations: Number(row.consultations),
      referrals: Number(row.referrals),
      jobsStarted: Number(row.jobs_started),
      closed: Number(row.closed) === 1,
      registeredOn: row.registered_on,
    };
  }
}
