/**
 * A domain event as a decider produces and folds it: a stored type string and its data.
 * Each context types its events as a discriminated union of these.
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * The pure heart of an aggregate: `decide` turns a command and the current state into new facts,
 * `evolve` folds one fact into the state. No I/O and no clock: the time comes in the command.
 */
export interface Decider<Command, State, Event extends DomainEvent> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Folds events into state from the decider's initial state. */
export function foldEvents<State, Event extends DomainEvent>(
  decider: Pick<Decider<unknown, State, Event>, 'evolve' | 'initialState'>,
  events: readonly Event[],
  from: State = decider.initialState(),
): State {
  return events.reduce((state, event) => decider.evolve(state, event), from);
}
