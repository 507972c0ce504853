/** Shared test facts: one candidate from thôn Đông on a Japanese technical intern order. */
import type { OrderLimits, OverseasPlacementEvent } from './overseas-placement.events';

export const limits: OrderLimits = {
  ageAtDeparture: { min: 18, max: 35 },
  expectedDepartureDate: '2025-10-01',
  languageTest: { test: 'JLPT', minimumLevel: 1 },
};

/** The happy path, one event per stage, dated a few weeks apart. */
export function placementEvents(placementId = 'p-1', village = 'XMT-01', country = 'JP') {
  const registered: OverseasPlacementEvent = {
    type: 'CandidateRegistered',
    data: {
      placementId,
      jobSeekerId: `js-${placementId}`,
      orderId: 'order-1',
      villageCode: village,
      country,
      programme: 'japan_technical_intern',
      licensedEnterpriseId: 'ent-1',
      on: '2025-03-01',
    },
  };
  const eligible: OverseasPlacementEvent = {
    type: 'EligibilityChecked',
    data: {
      placementId,
      on: '2025-03-15',
      eligible: true,
      reasons: [],
      limits,
      ageAtDeparture: 30,
      healthCheck: 'fit',
      languageResult: { test: 'JLPT', level: 1 },
    },
  };
  const trainingStarted: OverseasPlacementEvent = {
    type: 'PreDepartureTrainingStarted',
    data: { placementId, on: '2025-04-01', provider: 'Trung tâm đào tạo của doanh nghiệp' },
  };
  const trainingCompleted: OverseasPlacementEvent = {
    type: 'PreDepartureTrainingCompleted',
    data: { placementId, on: '2025-06-30', certificateNumber: 'BD-2025-17' },
  };
  const contracted: OverseasPlacementEvent = {
    type: 'ContractSigned',
    data: {
      placementId,
      on: '2025-07-10',
      termMonths: 36,
      currency: 'JPY',
      monthlyWage: 180_000,
      serviceFee: 540_000,
      deposit: 0,
      serviceFeeCap: 540_000,
    },
  };
  const visa: OverseasPlacementEvent = {
    type: 'VisaGranted',
    data: { placementId, on: '2025-09-01', validUntil: '2028-09-01' },
  };
  const departed: OverseasPlacementEvent = {
    type: 'Departed',
    data: {
      placementId,
      jobSeekerId: `js-${placementId}`,
      on: '2025-10-01',
      villageCode: village,
      country,
      programme: 'japan_technical_intern',
      licensedEnterpriseId: 'ent-1',
    },
  };
  return { registered, eligible, trainingStarted, trainingCompleted, contracted, visa, departed };
}
