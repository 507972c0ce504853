import type { OverseasPlacementEvent } from '../placement/overseas-placement.events';
import { placementEvents } from '../placement/overseas-placement.fixtures';
import { overseasPipeline, STUCK_AFTER_DAYS } from './overseas-pipeline';

describe('overseas pipeline', () => {
  const today = '2025-10-20';
  // p-1 departed (thôn Đông, Japan); p-2 contracted 2025-07-10, 102 days ago: stuck;
  // p-3 eligible 2025-08-25 (56 days ago): not stuck; p-4 withdrawn long ago: never stuck;
  // p-5 (thôn Tây, Korea) registered exactly 60 days ago: stuck.
  const p1 = placementEvents('p-1');
  const p2 = placementEvents('p-2');
  const p3 = placementEvents('p-3', 'XMT-02');
  const p4 = placementEvents('p-4', 'XMT-02');
  const p5 = placementEvents('p-5', 'XMT-02', 'KR');
  const events: OverseasPlacementEvent[] = [
    p1.registered,
    p2.registered,
    p1.eligible,
    p2.eligible,
    p4.registered,
    {
      type: 'Withdrawn',
      data: { placementId: 'p-4', on: '2025-03-20', stageAtWithdrawal: 'registered', reason: 'Đổi ý' },
    },
    p1.trainingStarted,
    p2.trainingStarted,
    p1.trainingCompleted,
    p2.trainingCompleted,
    p1.contracted,
    p2.contracted,
    p3.registered,
    { ...p3.eligible, data: { ...p3.eligible.data, on: '2025-08-25' } },
    { ...p5.registered, data: { ...p5.registered.data, programme: 'korea_eps', on: '2025-08-21' } },
    p1.visa,
    p1.departed,
  ];
  const pipeline = overseasPipeline(events, today);

  it('counts and lists per stage', () => {
    expect(pipeline.total).toBe(5);
    expect(pipeline.counts).toEqual({
      registered: 1,
      eligible: 1,
      training: 0,
      contracted: 1,
      visa: 0,
      departed: 1,
      returned: 0,
      withdrawn: 1,
    });
    expect(pipeline.byStage.departed.map((p) => [p.placementId, p.departedOn])).toEqual([
      ['p-1', '2025-10-01'],
    ]);
    expect(pipeline.byStage.withdrawn[0]).toMatchObject({
      placementId: 'p-4',
      withdrawn: { on: '2025-03-20', stageAtWithdrawal: 'registered', reason: 'Đổi ý' },
    });
  });

  it('counts per village and per country', () => {
    expect(pipeline.byVillage['XMT-01']).toEqual({
      counts: expect.objectContaining({ departed: 1, contracted: 1, registered: 0 }),
      placementIds: ['p-1', 'p-2'],
    });
    expect(pipeline.byVillage['XMT-02']!.counts).toMatchObject({ eligible: 1, withdrawn: 1, registered: 1 });
    expect(Object.keys(pipeline.byCountry).sort()).toEqual(['JP', 'KR']);
    expect(pipeline.byCountry.KR).toEqual({
      counts: expect.objectContaining({ registered: 1 }),
      placementIds: ['p-5'],
    });
  });

  it(`flags cases with no event for ${STUCK_AFTER_DAYS} days before departure, longest first`, () => {
    expect(pipeline.stuck.map((p) => [p.placementId, p.stage, p.lastEventOn, p.daysSinceLastEvent])).toEqual([
      ['p-2', 'contracted', '2025-07-10', 102],
      ['p-5', 'registered', '2025-08-21', 60],
    ]);
    const notStuck = pipeline.byStage.eligible[0]!;
    expect(notStuck).toMatchObject({ placementId: 'p-3', daysSinceLastEvent: 56, stuck: false });
    expect(pipeline.byStage.withdrawn[0]!.stuck).toBe(false);
    expect(pipeline.byStage.departed[0]!.stuck).toBe(false);
  });

  it('any new event, such as a loan link, moves a case out of the stuck list', () => {
    const moved = overseasPipeline(
      [...events, { type: 'LoanLinked', data: { placementId: 'p-2', on: '2025-10-15', loanId: 'loan-1' } }],
      today,
    );
    expect(moved.stuck.map((p) => p.placementId)).toEqual(['p-5']);
    expect(moved.byStage.contracted[0]!.loanIds).toEqual(['loan-1']);
  });

  it('is empty for no events', () => {
    const empty = overseasPipeline([], today);
    expect(empty.total).toBe(0);
    expect(empty.stuck).toEqual([]);
    expect(Object.values(empty.counts).every((n) => n === 0)).toBe(true);
  });
});
