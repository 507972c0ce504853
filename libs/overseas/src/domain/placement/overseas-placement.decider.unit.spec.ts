import { DomainError } from '@vieclam/platform/domain';
import { DeciderSpecification } from '@vieclam/platform/testing';
import {
  overseasPlacementDecider,
  overseasPlacementStream,
  type OverseasPlacementCommand,
} from './overseas-placement.decider';
import type { OverseasPlacementEvent } from './overseas-placement.events';
import { limits, placementEvents } from './overseas-placement.fixtures';

const spec = DeciderSpecification.for(overseasPlacementDecider);
const today = '2026-01-15';
const placementId = 'p-1';
const { registered, eligible, trainingStarted, trainingCompleted, contracted, visa, departed } =
  placementEvents(placementId);
const upToVisa = [registered, eligible, trainingStarted, trainingCompleted, contracted, visa];

const isCode =
  (code: string, field?: string, check: (e: DomainError) => boolean = () => true) =>
  (e: unknown) =>
    e instanceof DomainError && e.code === code && (field === undefined || e.field === field) && check(e);

describe('OverseasPlacement decider', () => {
  it('names its stream OverseasPlacement-<id>', () =>
    expect(overseasPlacementStream('p-9')).toBe('OverseasPlacement-p-9'));

  describe('RegisterCandidate', () => {
    const register = (
      extra: Partial<Extract<OverseasPlacementCommand, { type: 'RegisterCandidate' }>['data']> = {},
    ): OverseasPlacementCommand => ({
      type: 'RegisterCandidate',
      data: { ...registered.data, ...extra, today },
    });
    it('registers interest in a country, programme and enterprise', () =>
      spec.given([]).when(register()).then([registered]));
    it('refuses a second registration', () =>
      spec.given([registered]).when(register()).thenThrows(isCode('placement_exists')));
    it('refuses a missing country', () =>
      spec
        .given([])
        .when(register({ country: ' ' }))
        .thenThrows(isCode('country_required', 'country')));
    it('refuses other commands before registration', () =>
      spec
        .given([])
        .when({ type: 'Withdraw', data: { on: today, reason: 'x', today } })
        .thenThrows(isCode('placement_not_found')));
  });

  describe('CheckEligibility', () => {
    const check = (
      extra: Partial<Extract<OverseasPlacementCommand, { type: 'CheckEligibility' }>['data']> = {},
    ): OverseasPlacementCommand => ({
      type: 'CheckEligibility',
      data: {
        on: '2025-03-15',
        today,
        dateOfBirth: '1995-06-01',
        healthCheck: 'fit',
        languageResult: { test: 'JLPT', level: 1 },
        limits,
        ...extra,
      },
    });
    it('finds a candidate within every limit eligible', () =>
      spec.given([registered]).when(check()).then([eligible]));
    it('computes the age at the expected departure, not today', () =>
      // 35 on 2025-10-01 (born 1990-10-01) is within 18–35; 36 the day after a birthday is not.
      spec
        .given([registered])
        .when(check({ dateOfBirth: '1990-10-01' }))
        .then([{ ...eligible, data: { ...eligible.data, ageAtDeparture: 35 } }]));
    it('lists every failed limit with its reason', () =>
      spec
        .given([registered])
        .when(check({ dateOfBirth: '1989-09-30', healthCheck: 'unfit', languageResult: null }))
        .then([
          {
            type: 'EligibilityChecked',
            data: {
              ...eligible.data,
              eligible: false,
              ageAtDeparture: 36,
              healthCheck: 'unfit',
              languageResult: null,
              reasons: [
                expect.objectContaining({ code: 'age_above_maximum', en: expect.stringContaining('36') }),
                expect.objectContaining({ code: 'health_unfit' }),
                expect.objectContaining({
                  code: 'language_test_missing',
                  vi: expect.stringContaining('JLPT'),
                }),
              ] as never,
            },
          },
        ]));
    it('refuses a language result below the required level or from another test', () => {
      const reasonsOf = (languageResult: { test: 'JLPT' | 'JFT-Basic'; level: number }) => {
        const state = [registered].reduce(
          overseasPlacementDecider.evolve,
          overseasPlacementDecider.initialState(),
        );
        const [event] = overseasPlacementDecider.decide(
          check({ languageResult, limits: { ...limits, languageTest: { test: 'JLPT', minimumLevel: 2 } } }),
          state,
        );
        return event?.type === 'EligibilityChecked' ? event.data.reasons.map((r) => r.code) : [];
      };
      expect(reasonsOf({ test: 'JLPT', level: 1 })).toEqual(['language_level_below']);
      expect(reasonsOf({ test: 'JFT-Basic', level: 300 })).toEqual(['language_test_other']);
      expect(reasonsOf({ test: 'JLPT', level: 3 })).toEqual([]);
    });
    it('refuses a check dated before the registration', () =>
      spec
        .given([registered])
        .when(check({ on: '2025-02-28' }))
        .thenThrows(isCode('date_before_previous_event', 'on')));
    it('refuses a check after pre-departure training started', () =>
      spec
        .given([registered, eligible, trainingStarted])
        .when(check({ on: '2025-04-02' }))
        .thenThrows(isCode('eligibility_after_training')));
  });

  describe('pre-departure training (bồi dưỡng kiến thức cần thiết)', () => {
    const start: OverseasPlacementCommand = {
      type: 'StartPreDepartureTraining',
      data: { on: '2025-04-01', provider: ' Trung tâm đào tạo của doanh nghiệp ', today },
    };
    const complete: OverseasPlacementCommand = {
      type: 'CompletePreDepartureTraining',
      data: { on: '2025-06-30', certificateNumber: 'BD-2025-17', today },
    };
    it('starts for an eligible candidate', () =>
      spec.given([registered, eligible]).when(start).then([trainingStarted]));
    it('refuses to start for a candidate not found eligible, naming the stage', () =>
      spec
        .given([registered])
        .when(start)
        .thenThrows(isCode('not_eligible', undefined, (e) => e.messages.vi.includes('đăng ký'))));
    it('completes', () =>
      spec.given([registered, eligible, trainingStarted]).when(complete).then([trainingCompleted]));
    it('refuses to complete twice', () =>
      spec
        .given([registered, eligible, trainingStarted, trainingCompleted])
        .when(complete)
        .thenThrows(isCode('training_already_completed')));
  });

  describe('SignContract', () => {
    const sign = (serviceFee: number, termMonths = 36, monthlyWage = 180_000): OverseasPlacementCommand => ({
      type: 'SignContract',
      data: { on: '2025-07-10', today, termMonths, currency: 'jpy', monthlyWage, serviceFee, deposit: 0 },
    });
    const given = [registered, eligible, trainingStarted, trainingCompleted];
    it('signs a contract with a fee at the cap', () =>
      spec.given(given).when(sign(540_000)).then([contracted]));
    it('refuses a fee above the cap, naming the cap', () =>
      spec
        .given(given)
        .when(sign(540_001))
        .thenThrows(
          isCode(
            'service_fee_above_cap',
            'serviceFee',
            (e) =>
              e.kind === 'unprocessable' &&
              e.messages.vi.includes('540000 JPY') &&
              e.messages.en.includes('cap of 540000 JPY') &&
              e.details?.serviceFeeCap === 540_000,
          ),
        ));
    it('pro-rates the cap for a term that is not a multiple of 12', () =>
      spec
        .given(given)
        .when(sign(1_801, 18, 1_200))
        .thenThrows(
          isCode('service_fee_above_cap', 'serviceFee', (e) => e.details?.serviceFeeCap === 1_800),
        ));
    it('refuses before pre-departure training is completed', () =>
      spec
        .given([registered, eligible, trainingStarted])
        .when(sign(100_000))
        .thenThrows(isCode('training_not_completed')));
    it('refuses a fractional wage', () =>
      spec
        .given(given)
        .when(sign(0, 36, 1_000.5))
        .thenThrows(isCode('monthlyWage', 'monthlyWage')));
  });

  describe('GrantVisa and RecordDeparture', () => {
    const grant: OverseasPlacementCommand = {
      type: 'GrantVisa',
      data: { on: '2025-09-01', validUntil: '2028-09-01', today },
    };
    const depart: OverseasPlacementCommand = { type: 'RecordDeparture', data: { on: '2025-10-01', today } };
    it('grants a visa after the contract', () => spec.given(upToVisa.slice(0, 5)).when(grant).then([visa]));
    it('refuses a visa before the contract', () =>
      spec.given(upToVisa.slice(0, 4)).when(grant).thenThrows(isCode('contract_required')));
    it('records the departure with what the indicators group by', () =>
      spec.given(upToVisa).when(depart).then([departed]));
    it('refuses to depart without a visa', () =>
      spec
        .given(upToVisa.slice(0, 5))
        .when(depart)
        .thenThrows(
          isCode('departure_without_visa', undefined, (e) => e.messages.en.includes('without a visa')),
        ));
    it('refuses to depart twice', () =>
      spec
        .given([...upToVisa, departed])
        .when(depart)
        .thenThrows(isCode('already_departed')));
    it('refuses to depart after withdrawing', () =>
      spec
        .given([
          ...upToVisa,
          {
            type: 'Withdrawn',
            data: { placementId, on: '2025-09-10', stageAtWithdrawal: 'visa', reason: 'Gia đình' },
          },
        ])
        .when(depart)
        .thenThrows(isCode('placement_withdrawn')));
    it('refuses a departure dated before the visa', () =>
      spec
        .given(upToVisa)
        .when({ type: 'RecordDeparture', data: { on: '2025-08-31', today } })
        .thenThrows(isCode('date_before_previous_event')));
  });

  describe('RecordReturn', () => {
    const returnEarly = (reason: string | null): OverseasPlacementCommand => ({
      type: 'RecordReturn',
      data: { on: '2026-01-10', kind: 'early', reason, today },
    });
    it('records an early return with its reason', () =>
      spec
        .given([...upToVisa, departed])
        .when(returnEarly(' Ốm đau '))
        .then([
          {
            type: 'Returned',
            data: { placementId, jobSeekerId: 'js-p-1', on: '2026-01-10', kind: 'early', reason: 'Ốm đau' },
          },
        ]));
    it('refuses an early return without a reason', () =>
      spec
        .given([...upToVisa, departed])
        .when(returnEarly(null))
        .thenThrows(isCode('reason_required', 'reason')));
    it('records a completed contract without a reason', () =>
      spec
        .given([...upToVisa, departed])
        .when({
          type: 'RecordReturn',
          data: { on: '2026-01-10', kind: 'completed', reason: 'ignored', today },
        })
        .then([
          {
            type: 'Returned',
            data: { placementId, jobSeekerId: 'js-p-1', on: '2026-01-10', kind: 'completed', reason: null },
          },
        ]));
    it('refuses a return before departure', () =>
      spec.given(upToVisa).when(returnEarly('Ốm')).thenThrows(isCode('not_departed')));
  });

  describe('Withdraw', () => {
    const withdraw = (on: string, reason = 'Gia đình không đồng ý'): OverseasPlacementCommand => ({
      type: 'Withdraw',
      data: { on, reason, today },
    });
    it.each([
      ['registered', [registered]],
      ['eligible', [registered, eligible]],
      ['training', [registered, eligible, trainingStarted]],
      ['contracted', upToVisa.slice(0, 5)],
      ['visa', upToVisa],
    ] as [string, OverseasPlacementEvent[]][])('withdraws at the %s stage', (stage, given) =>
      spec
        .given(given)
        .when(withdraw('2025-09-10'))
        .then([
          {
            type: 'Withdrawn',
            data: {
              placementId,
              on: '2025-09-10',
              stageAtWithdrawal: stage as never,
              reason: 'Gia đình không đồng ý',
            },
          },
        ]),
    );
    it('refuses to withdraw after departure, pointing to an early return', () =>
      spec
        .given([...upToVisa, departed])
        .when(withdraw('2025-11-01'))
        .thenThrows(
          isCode('withdraw_after_departure', undefined, (e) => e.messages.en.includes('early return')),
        ));
    it('refuses to withdraw twice', () =>
      spec
        .given([
          registered,
          {
            type: 'Withdrawn',
            data: { placementId, on: '2025-03-02', stageAtWithdrawal: 'registered', reason: 'x' },
          },
        ])
        .when(withdraw('2025-03-03'))
        .thenThrows(isCode('placement_withdrawn')));
    it('refuses a withdrawal without a reason', () =>
      spec
        .given([registered])
        .when(withdraw('2025-03-02', ' '))
        .thenThrows(isCode('reason_required', 'reason')));
  });

  describe('LinkLoan', () => {
    const link: OverseasPlacementCommand = {
      type: 'LinkLoan',
      data: { loanId: 'loan-7', on: '2025-07-20', today },
    };
    const linked: OverseasPlacementEvent = {
      type: 'LoanLinked',
      data: { placementId, on: '2025-07-20', loanId: 'loan-7' },
    };
    it('links a labour-export loan', () => spec.given(upToVisa.slice(0, 5)).when(link).then([linked]));
    it('treats linking the same loan again as a retry', () =>
      spec
        .given([...upToVisa.slice(0, 5), linked])
        .when(link)
        .then([]));
  });
});
