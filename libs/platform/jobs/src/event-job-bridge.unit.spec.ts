import {
  InMemoryEventStore,
  newEventId,
  START,
  type EventToAppend,
  type Position,
} from '@vieclam/platform/event-store';
import { EventJobBridge } from './event-job-bridge';
import { InProcessJobQueue } from './in-process/in-process-job-queue';
import { jobIdForEvent } from './job-queue.port';
import { waitFor } from './testing/job-queue.contract';

function anEvent(type: string): EventToAppend {
  return {
    eventId: newEventId(),
    type,
    schemaVersion: 1,
    data: {},
    metadata: {
      occurredOn: '2026-03-15',
      actor: 'user-1',
      orgUnit: '12345',
      correlationId: newEventId(),
      causationId: null,
    },
  };
}

describe('EventJobBridge', () => {
  it('routes each matching event to each interested processor and saves the checkpoint after enqueueing', async () => {
    const store = new InMemoryEventStore();
    const queue = new InProcessJobQueue();
    const ran: string[] = [];
    queue.process('notify', async (job) => {
      ran.push(job.id);
    });
    queue.process('recount', async (job) => {
      ran.push(job.id);
    });
    const bridge = new EventJobBridge(queue, [
      { processorName: 'notify', types: ['LoanOverdue'] },
      { processorName: 'recount', categories: ['PolicyLoan'] },
    ]);
    const overdue = anEvent('LoanOverdue');
    const disbursed = anEvent('LoanDisbursed');
    const elsewhere = anEvent('ConsultationLogged');
    await store.append(`PolicyLoan-${newEventId()}`, [disbursed, overdue], 'no_stream');
    const last = await store.append(`JobSeeker-${newEventId()}`, [elsewhere], 'no_stream');

    const checkpoints: Position[] = [];
    const subscription = bridge.subscribe(store, {
      from: START,
      saveCheckpoint: async (position) => {
        checkpoints.push(position);
      },
    });
    const expected = [
      jobIdForEvent('recount', disbursed.eventId),
      jobIdForEvent('notify', overdue.eventId),
      jobIdForEvent('recount', overdue.eventId),
    ];
    await waitFor(() => ran.length === expected.length, 'the routed jobs');
    await waitFor(() => checkpoints.at(-1) === last.position, 'the checkpoint to reach the last event');
    await subscription.stop();

    expect([...ran].sort()).toEqual([...expected].sort());
    // One route filters by type only, the other by category only: no single store filter covers both.
    expect(bridge.filter).toBeUndefined();
    await queue.close();
    await store.close();
  });

  it('asks the store for the union of types when every route names its types', () => {
    const bridge = new EventJobBridge(new InProcessJobQueue(), [
      { processorName: 'a', types: ['JobStarted', 'Departed'] },
      { processorName: 'b', types: ['Departed'], categories: ['OverseasPlacement'] },
    ]);
    expect(bridge.filter).toEqual({ types: ['JobStarted', 'Departed'] });
  });

  it('asks the store for the union of categories when a route has no types but every route has categories', () => {
    const bridge = new EventJobBridge(new InProcessJobQueue(), [
      { processorName: 'a', categories: ['PolicyLoan'] },
      { processorName: 'b', types: ['Departed'], categories: ['OverseasPlacement'] },
    ]);
    expect(bridge.filter).toEqual({ categories: ['PolicyLoan', 'OverseasPlacement'] });
  });

  it('refuses two routes with one processor name, since their job ids would collide', () => {
    expect(
      () =>
        new EventJobBridge(new InProcessJobQueue(), [{ processorName: 'same' }, { processorName: 'same' }]),
    ).toThrow(/same/);
  });
});
