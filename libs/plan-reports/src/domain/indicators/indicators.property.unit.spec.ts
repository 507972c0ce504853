import fc from 'fast-check';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { countStarts, firstDeparturesPerPersonYear, firstJobStartsPerPersonYear } from './indicators';
import { commune, departed, jobStarted, province, withdrawn } from './recorded-events.fixture';
import { knownAsOf, monthRange, yearRange } from './two-clocks';

const day = fc
  .integer({ min: 0, max: 364 })
  .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
const lag = fc.integer({ min: 0, max: 60 });
const person = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5');
const unit = fc.constantFrom('V1', 'V2', 'V3');
const recordedLater = (on: string, days: number) =>
  new Date(Date.parse(`${on}T05:00:00.000Z`) + days * 86_400_000).toISOString();

const anEvent: fc.Arbitrary<RecordedEvent> = fc.oneof(
  fc
    .tuple(
      person,
      fc.constantFrom('placement', 'self_employment', 'loan_financed', 'overseas', 'other' as const),
      day,
      unit,
      lag,
    )
    .map(([p, channel, on, u, l]) => jobStarted(p, channel, on, u, recordedLater(on, l))),
  fc
    .tuple(person, fc.constantFrom('a', 'b'), day, unit)
    .map(([p, placement, on, u]) => departed(p, `${p}-${placement}`, on, u)),
  fc
    .tuple(person, fc.constantFrom('a', 'b'), day, unit)
    .map(([p, placement, on, u]) => withdrawn(p, `${p}-${placement}`, on, u)),
);

describe('B1 / B2 invariants over random years', () => {
  it('the months add up to the year, and nobody counts twice in a year', () => {
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 40 }), (events) => {
        for (const starts of [firstJobStartsPerPersonYear(events), firstDeparturesPerPersonYear(events)]) {
          const year = countStarts(starts, yearRange(2024), commune).total;
          let months = 0;
          for (let m = 1; m <= 12; m += 1) months += countStarts(starts, monthRange(2024, m), commune).total;
          expect(months).toBe(year);
          expect(new Set(starts.map((s) => s.personId)).size).toBe(starts.length);
        }
        // Everyone who departed also had a qualifying start that year (in the whole province: within
        // one commune the first start may lie in a village that left it).
        const b2 = countStarts(firstDeparturesPerPersonYear(events), yearRange(2024), province).total;
        const b1 = countStarts(firstJobStartsPerPersonYear(events), yearRange(2024), province).total;
        expect(b2).toBeLessThanOrEqual(b1);
      }),
    );
  });

  it('what was known on a date does not change when more is recorded later', () => {
    fc.assert(
      fc.property(
        fc.array(anEvent, { maxLength: 30 }),
        fc.array(anEvent, { maxLength: 10 }),
        day,
        (before, after, k) => {
          const cutoff = `${k}T16:59:59.999Z`;
          const early = before.filter((e) => e.metadata.recordedAt <= cutoff);
          const late = after.map((e) => ({
            ...e,
            metadata: { ...e.metadata, recordedAt: recordedLater(k, 1) },
          }));
          const known = (events: RecordedEvent[]) =>
            countStarts(firstJobStartsPerPersonYear(knownAsOf(events, k)), yearRange(2024), commune);
          expect(known([...early, ...late])).toEqual(known(early));
        },
      ),
    );
  });
});
