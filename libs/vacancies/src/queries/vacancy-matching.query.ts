/**
 * Matching through the API: candidates for a vacancy (the job seekers the caller may read, ranked
 * with reasons and the excluded counts) and vacancies for a candidate (the open vacancies the caller
 * may read). Places come from the unit tree: a person's village gives their commune and province.
 */
import { Injectable } from '@nestjs/common';
import { OrgUnitDirectory } from '@vieclam/admin';
import { MatchCandidatesQuery, type MatchCandidateProfile } from '@vieclam/job-seekers';
import { CandidatePool } from '../domain/matching/candidate-pool';
import type { MatchCandidate } from '../domain/matching/matching.types';
import {
  rankCandidatesForVacancy,
  rankVacanciesForCandidate,
  type CandidateRanking,
  type VacancyRanking,
} from '../domain/matching/rank-matches';
import { VacancyRecords } from '../application/vacancy-records';
import { VacancyListQuery } from './vacancy-list.query';

@Injectable()
export class VacancyMatchingQuery {
  constructor(
    private readonly candidates: MatchCandidatesQuery,
    private readonly records: VacancyRecords,
    private readonly list: VacancyListQuery,
    private readonly units: OrgUnitDirectory,
  ) {}

  async candidatesForVacancy(
    vacancyId: string,
    options: { villages: readonly string[]; limit: number; today: string },
  ): Promise<CandidateRanking & { status: string }> {
    const { state } = await this.records.vacancy(vacancyId);
    const profiles = await this.candidates.activeCandidates(options.villages);
    const pool = CandidatePool.from(profiles.map((p) => this.toCandidate(p, options.today)));
    const ranking = rankCandidatesForVacancy(
      pool,
      { ...state.terms, vacancyId },
      { asOf: options.today, limit: options.limit },
    );
    return { ...ranking, status: state.status ?? 'open' };
  }

  async vacanciesForCandidate(
    jobSeekerId: string,
    options: { vacancyUnits: readonly string[]; limit: number; today: string },
  ): Promise<VacancyRanking> {
    const candidate = this.toCandidate(await this.candidates.candidate(jobSeekerId), options.today);
    const open = await this.list.vacancies({ units: options.vacancyUnits, status: 'open' }, options.today);
    return rankVacanciesForCandidate(
      candidate,
      open.map((v) => ({ ...v.terms, vacancyId: v.vacancyId })),
      { asOf: options.today, limit: options.limit },
    );
  }

  private toCandidate(profile: MatchCandidateProfile, today: string): MatchCandidate {
    const lineage = this.units.current().lineage(profile.villageCode, today);
    const at = (level: string) => lineage.find((unit) => unit.level === level)?.code ?? null;
    return {
      candidateId: profile.jobSeekerId,
      dateOfBirth: profile.dateOfBirth,
      sex: profile.sex,
      place: {
        villageCode: at('village') ?? profile.villageCode,
        communeCode: at('commune'),
        provinceCode: at('province'),
      },
      educationLevel: profile.educationLevel,
      occupationCodes: profile.occupationCodes,
      skills: profile.skills,
      // Certificates and language results come from the training and overseas contexts (not yet).
      certificates: [],
      languageResults: [],
      desiredWage: profile.desiredWage,
      willingToWorkAway: profile.willingToWorkAway,
      willingToGoAbroad: profile.willingToGoAbroad,
    };
  }
}
