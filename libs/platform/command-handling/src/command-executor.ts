import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { EventStore, RecordedEvent } from '@vieclam/platform/event-store';
import type { DomainEvent } from '@vieclam/platform/domain';
import { handleCommand, type CommandResult, type HandleCommandOptions } from './handle-command';

/** Injection token of the application's {@link EventStore}. */
export const EVENT_STORE = Symbol('EVENT_STORE');

/**
 * Published on the `@nestjs/cqrs` EventBus for every stored event, after the append succeeded.
 * Handlers subscribe with `@EventsHandler(EventAppended)` and switch on `event.type`: the bus
 * dispatches by class, and our events are plain data whose type is a stored string.
 * Projections do not rely on it (they follow the store); it is for in-process reactions.
 */
export class EventAppended<Data = unknown> {
  constructor(readonly event: RecordedEvent<Data>) {}
}

export type ExecuteOptions<Command, State, Event extends DomainEvent> = Omit<
  HandleCommandOptions<Command, State, Event>,
  'store'
> & { store?: EventStore };

/** Runs a command against the event store, then publishes what was stored. */
@Injectable()
export class CommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly eventBus: EventBus,
  ) {}

  async execute<Command, State, Event extends DomainEvent>(
    options: ExecuteOptions<Command, State, Event>,
  ): Promise<CommandResult<State, Event>> {
    const result = await handleCommand({ ...options, store: options.store ?? this.store });
    if (result.events.length > 0) {
      this.eventBus.publishAll(result.events.map((event) => new EventAppended(event)));
    }
    return result;
  }
}
