import { todayInVietnam } from '@vieclam/platform/domain';
/**
 * The employer and vacancy use cases: each builds the domain command with the facts it looks up
 * (employer, licensed enterprise, places in the unit tree) and runs it through the command executor.
 * `VacancyReferralsAdapter` is the vacancy's side of referrals for the job-seekers context.
 */
import { Injectable } from '@nestjs/common';
import { OrgUnitDirectory } from '@vieclam/admin';
import { CommandExecutor, DomainError } from '@vieclam/platform/command-handling';
import { newEventId } from '@vieclam/platform/event-store';
import type { VacancyReferrals } from '@vieclam/job-seekers';
import { employerDecider } from '../domain/employer/employer.decider';
import type { EmployerProfile } from '../domain/employer/employer.events';
import { vacancyDecider, type EmployerFacts, type VacancyCommand } from '../domain/vacancy/vacancy.decider';
import type { VacancyChanges, VacancyPlace, VacancyTerms } from '../domain/vacancy/vacancy.events';
import { employerStream, VacancyRecords, vacancyStream } from './vacancy-records';

export interface Actor {
  userId: string;
}

/** A domestic workplace as the request names it: a unit of the tree, or just a province code. */
export interface DomesticPlaceInput {
  villageCode?: string | null;
  communeCode?: string | null;
  provinceCode?: string | null;
}

export type OpenVacancyInput = Omit<VacancyTerms, 'place'> & {
  employerId: string;
  /** Ignored for overseas orders (the place is the order's country). */
  place: DomesticPlaceInput | null;
};

export { todayInVietnam };

const invalidPlace = () =>
  DomainError.invalid(
    'place_required',
    {
      vi: 'Cần nơi làm việc: mã thôn, mã xã hoặc mã tỉnh',
      en: 'A workplace is needed: a village, commune or province code',
    },
    { field: 'place' },
  );

@Injectable()
export class VacancyCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly records: VacancyRecords,
    private readonly units: OrgUnitDirectory,
  ) {}

  async registerEmployer(
    profile: EmployerProfile,
    actor: Actor,
    today = todayInVietnam(),
  ): Promise<{ employerId: string }> {
    const employerId = newEventId();
    await this.executor.execute({
      streamId: employerStream(employerId),
      decider: employerDecider,
      command: { type: 'RegisterEmployer', data: { ...profile, employerId, today } },
      metadata: { actor: actor.userId, orgUnit: profile.unitCode, occurredOn: today },
      expectedRevision: 'no_stream',
    });
    return { employerId };
  }

  /**
   * The unit a new vacancy belongs to, which is also what authorises opening it: the workplace's
   * village or commune when it is in the tree, else the employer's unit.
   */
  async unitForNewVacancy(employerId: string, place: DomesticPlaceInput | null, abroad: boolean) {
    const local = abroad ? null : (place?.villageCode ?? place?.communeCode ?? null);
    if (local) return local;
    const employer = await this.records.employer(employerId);
    return employer?.unitCode ?? null;
  }

  async openVacancy(
    input: OpenVacancyInput,
    actor: Actor,
    today = todayInVietnam(),
  ): Promise<{ vacancyId: string; unitCode: string }> {
    const vacancyId = newEventId();
    const { employerId, place: placeInput, ...terms } = input;
    const employer = await this.records.employer(employerId);
    const unitCode = await this.unitForNewVacancy(employerId, placeInput, terms.overseas !== null);
    const place: VacancyPlace = terms.overseas
      ? { kind: 'abroad', country: terms.overseas.country }
      : this.domesticPlace(placeInput, today);
    const enterpriseId = terms.overseas?.licensedEnterpriseId;
    const enterprise = enterpriseId ? await this.records.employer(enterpriseId) : null;
    const facts = (id: string, state: typeof employer): EmployerFacts | null =>
      state?.employerId
        ? { employerId: id, overseasLicenceNo: state.overseasLicence?.licenceNo ?? null }
        : null;
    const command: VacancyCommand = {
      type: 'OpenVacancy',
      data: {
        ...terms,
        place,
        vacancyId,
        employerId,
        unitCode: unitCode ?? '',
        today,
        employer: facts(employerId, employer),
        licensedEnterprise: enterpriseId ? facts(enterpriseId, enterprise) : null,
      },
    };
    await this.executor.execute({
      streamId: vacancyStream(vacancyId),
      decider: vacancyDecider,
      command,
      metadata: { actor: actor.userId, orgUnit: unitCode ?? '', occurredOn: today },
      expectedRevision: 'no_stream',
    });
    return { vacancyId, unitCode: unitCode ?? '' };
  }

  updateVacancy(vacancyId: string, changes: VacancyChanges, actor: Actor, today = todayInVietnam()) {
    return this.run(vacancyId, { type: 'UpdateVacancy', data: { changes, today } }, actor, today);
  }

  closeVacancy(vacancyId: string, input: { on: string; reason: string }, actor: Actor) {
    return this.run(vacancyId, { type: 'CloseVacancy', data: input }, actor, input.on);
  }

  async run(vacancyId: string, command: VacancyCommand, actor: Actor, occurredOn: string) {
    const { unitCode } = await this.records.vacancy(vacancyId);
    const result = await this.executor.execute({
      streamId: vacancyStream(vacancyId),
      decider: vacancyDecider,
      command,
      metadata: { actor: actor.userId, orgUnit: unitCode, occurredOn },
    });
    return { vacancyId, revision: result.nextExpectedRevision, status: result.state.status };
  }

  /** Province (and commune) of a domestic workplace, from the unit tree when the unit is in it. */
  private domesticPlace(input: DomesticPlaceInput | null, today: string): VacancyPlace {
    const code = input?.villageCode ?? input?.communeCode ?? null;
    if (code) {
      const tree = this.units.current();
      const lineage = tree.lineage(code, today);
      const at = (level: string) => lineage.find((unit) => unit.level === level)?.code ?? null;
      const provinceCode = at('province') ?? input?.provinceCode ?? null;
      if (lineage.length === 0 || !provinceCode) {
        throw DomainError.invalid(
          'unknown_unit',
          { vi: `Không có đơn vị hành chính ${code}`, en: `No administrative unit ${code}` },
          { field: input?.villageCode ? 'place.villageCode' : 'place.communeCode' },
        );
      }
      return { kind: 'domestic', provinceCode, communeCode: at('commune'), villageCode: at('village') };
    }
    if (!input?.provinceCode) throw invalidPlace();
    return { kind: 'domestic', provinceCode: input.provinceCode, communeCode: null, villageCode: null };
  }
}

/** The vacancy's side of referrals, bound to the job-seekers context's `VACANCY_REFERRALS` port. */
@Injectable()
export class VacancyReferralsAdapter implements VacancyReferrals {
  constructor(
    private readonly records: VacancyRecords,
    private readonly commands: VacancyCommands,
  ) {}

  async isOpen(vacancyId: string, date: string): Promise<boolean> {
    const { state } = await this.records.vacancy(vacancyId);
    return state.status === 'open' && date <= state.terms.closingDate;
  }

  async recordReferral(
    referral: { vacancyId: string; referralId: string; jobSeekerId: string; date: string },
    actor: Actor,
  ): Promise<void> {
    const { vacancyId, ...data } = referral;
    await this.commands.run(vacancyId, { type: 'ReferCandidate', data }, actor, referral.date);
  }

  async recordOutcome(
    outcome: {
      vacancyId: string;
      referralId: string;
      outcome: 'hired' | 'rejected' | 'no_show';
      date: string;
    },
    actor: Actor,
  ): Promise<void> {
    const { vacancyId, referralId, date } = outcome;
    const { state } = await this.records.vacancy(vacancyId);
    // A referral recorded before the vacancies context existed has no vacancy side to update.
    if (!state.referrals[referralId]) return;
    const command: VacancyCommand =
      outcome.outcome === 'hired'
        ? { type: 'HireCandidate', data: { referralId, date } }
        : { type: 'RejectCandidate', data: { referralId, date, reason: outcome.outcome } };
    await this.commands.run(vacancyId, command, actor, date);
  }
}
