import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { START, type EventStore, type Position, type RecordedEvent } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { orgUnitDecider, type OrgUnitEvent, type OrgUnitState } from '../../domain/org-unit/org-unit.decider';
import { UnitTree } from '../../domain/org-unit/org-unit';

/** How often another process's unit changes are picked up; this process's own are seen at once. */
const POLL_MS = 1000;

/** Pure: folds OrgUnit events into the per-unit states the tree is built from. */
export function foldOrgUnits(
  states: ReadonlyMap<string, OrgUnitState>,
  events: readonly Pick<RecordedEvent, 'type' | 'data'>[],
): Map<string, OrgUnitState> {
  const next = new Map(states);
  for (const event of events) {
    const code = (event.data as { code?: string }).code;
    if (!code) continue;
    const state = next.get(code) ?? orgUnitDecider.initialState();
    next.set(code, orgUnitDecider.evolve(state, { type: event.type, data: event.data } as OrgUnitEvent));
  }
  return next;
}

export function treeOf(states: ReadonlyMap<string, OrgUnitState>): UnitTree {
  return new UnitTree([...states.values()].flatMap((s) => s.versions));
}

/**
 * The current dated unit tree, kept in memory (a province has a few thousand units): every guard
 * asks it "is X inside Y on D" on every request. It follows the OrgUnit streams of the store.
 */
@Injectable()
export class OrgUnitDirectory implements OnModuleInit, OnModuleDestroy {
  private states = new Map<string, OrgUnitState>();
  private tree = new UnitTree([]);
  private position: Position = START;
  private syncing: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onModuleInit(): Promise<void> {
    await this.sync();
    this.timer = setInterval(() => void this.sync().catch(() => undefined), POLL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  current(): UnitTree {
    return this.tree;
  }

  /** Reads every OrgUnit event appended since the last sync; calls are serialised. */
  sync(): Promise<void> {
    this.syncing = this.syncing.catch(() => undefined).then(() => this.readToEnd());
    return this.syncing;
  }

  private async readToEnd(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({
        from: this.position,
        limit: 1000,
        filter: { categories: ['OrgUnit'] },
      });
      if (page.events.length > 0) {
        this.states = foldOrgUnits(this.states, page.events);
        this.tree = treeOf(this.states);
      }
      this.position = page.lastPosition;
      if (page.isEnd) return;
    }
  }
}
