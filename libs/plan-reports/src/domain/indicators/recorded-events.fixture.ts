/**
 * Builds recorded events for the indicator tests: business date, recording time (default: noon of
 * the business day, Vietnam time), unit and stream.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import type { ConsumedEventData } from '../consumed-events';
import type { UnitLineage } from './indicators';

let sequence = 0;

export function recorded<T extends keyof ConsumedEventData>(
  type: T,
  data: ConsumedEventData[T] & Record<string, unknown>,
  at: { on: string; unit: string; stream?: string; recordedAt?: string },
): RecordedEvent {
  sequence += 1;
  return {
    eventId: `e-${sequence}`,
    type,
    schemaVersion: 1,
    data,
    metadata: {
      occurredOn: at.on,
      recordedAt: at.recordedAt ?? `${at.on}T05:00:00.000Z`,
      actor: 'u-test',
      orgUnit: at.unit,
      correlationId: `c-${sequence}`,
      causationId: null,
    },
    streamId: at.stream ?? `Stream-${sequence}`,
    streamRevision: 0,
    position: String(sequence),
  };
}

/**
 * Commune XMT (villages V1, V2; V3 until 30/6/2024, then under commune XKH) in province 33.
 */
export const lineage: UnitLineage = (orgUnit, onDate) => {
  const parents: Record<string, string | null> = {
    V1: 'XMT',
    V2: 'XMT',
    V3: onDate <= '2024-06-30' ? 'XMT' : 'XKH',
    XMT: '33',
    XKH: '33',
    '33': null,
  };
  const codes: string[] = [];
  for (let code: string | null | undefined = orgUnit; code; code = parents[code]) codes.push(code);
  return codes;
};

export const commune = { unitCode: 'XMT', lineage };
export const province = { unitCode: '33', lineage };
export const village = (code: string) => ({ unitCode: code, lineage });

export const jobStarted = (
  person: string,
  channel: ConsumedEventData['JobStarted']['channel'],
  on: string,
  unit: string,
  recordedAt?: string,
): RecordedEvent =>
  recorded(
    'JobStarted',
    { jobSeekerId: person, channel, domestic: channel !== 'overseas' },
    { on, unit, stream: `JobSeeker-${person}`, ...(recordedAt ? { recordedAt } : {}) },
  );

export const departed = (person: string, placement: string, on: string, unit: string): RecordedEvent =>
  recorded('Departed', { personId: person }, { on, unit, stream: `OverseasPlacement-${placement}` });

export const withdrawn = (person: string, placement: string, on: string, unit: string): RecordedEvent =>
  recorded('Withdrawn', { personId: person }, { on, unit, stream: `OverseasPlacement-${placement}` });

export const status = (
  person: string,
  labourStatus: ConsumedEventData['LabourStatusRecorded']['status'],
  on: string,
  unit: string,
): RecordedEvent =>
  recorded(
    'LabourStatusRecorded',
    { jobSeekerId: person, status: labourStatus, asOf: on },
    { on, unit, stream: `JobSeeker-${person}` },
  );
