/**
 * Reads an employer or a vacancy straight from its stream: for authorisation (its unit) and for
 * decisions that must not trust a lagging read model (is the vacancy open, who is referred).
 */
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@vieclam/platform/command-handling';
import { streamName, type EventStore, type RecordedEvent } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { employerDecider, type EmployerState } from '../domain/employer/employer.decider';
import type { EmployerEvent } from '../domain/employer/employer.events';
import { vacancyDecider, type VacancyState } from '../domain/vacancy/vacancy.decider';
import type { VacancyEvent } from '../domain/vacancy/vacancy.events';

export const EMPLOYER_CATEGORY = 'Employer';
export const VACANCY_CATEGORY = 'Vacancy';
export const employerStream = (employerId: string) => streamName(EMPLOYER_CATEGORY, employerId);
export const vacancyStream = (vacancyId: string) => streamName(VACANCY_CATEGORY, vacancyId);

export const vacancyNotFound = () =>
  DomainError.notFound('vacancy_not_found', {
    vi: 'Không tìm thấy vị trí việc làm',
    en: 'Vacancy not found',
  });

export const employerNotFound = () =>
  DomainError.notFound('employer_not_found', {
    vi: 'Không tìm thấy nhà tuyển dụng',
    en: 'Employer not found',
  });

export interface VacancyRecord {
  state: VacancyState & { vacancyId: string; terms: NonNullable<VacancyState['terms']> };
  unitCode: string;
  openedOn: string;
  revision: number;
}

const asDomain = <E>(event: RecordedEvent) => ({ type: event.type, data: event.data }) as E;

@Injectable()
export class VacancyRecords {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The employer as its stream says, or `null` when there is none. */
  async employer(employerId: string): Promise<EmployerState | null> {
    const events = await this.store.readStream(employerStream(employerId));
    if (events.length === 0) return null;
    return events.reduce(
      (state, event) => employerDecider.evolve(state, asDomain<EmployerEvent>(event)),
      employerDecider.initialState(),
    );
  }

  /** The vacancy as its stream says; 404 when there is none. */
  async vacancy(vacancyId: string): Promise<VacancyRecord> {
    const events = await this.store.readStream(vacancyStream(vacancyId));
    const opened = events[0];
    if (!opened || opened.type !== 'VacancyOpened') throw vacancyNotFound();
    const state = events.reduce(
      (current, event) => vacancyDecider.evolve(current, asDomain<VacancyEvent>(event)),
      vacancyDecider.initialState(),
    );
    if (!state.vacancyId || !state.terms) throw vacancyNotFound();
    const data = opened.data as { unitCode: string; openedOn: string };
    return {
      state: { ...state, vacancyId: state.vacancyId, terms: state.terms },
      unitCode: data.unitCode,
      openedOn: data.openedOn,
      revision: events[events.length - 1]!.streamRevision,
    };
  }

  /** The unit a vacancy belongs to (for authorisation); 404 when there is none. */
  async vacancyUnit(vacancyId: string): Promise<string> {
    return (await this.vacancy(vacancyId)).unitCode;
  }
}
