/**
 * Given/when/then for pure deciders:
 *
 *   DeciderSpecification.for(decider).given([...events]).when(command).then([...expectedEvents]);
 *   DeciderSpecification.for(decider).given([]).when(command).thenThrows(DomainError);
 *
 * Written against jest's `expect` so a failing expectation shows a readable diff.
 */
interface FoldingDecider<Command, State, Event> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- error classes take any arguments
type ErrorClass<E extends Error> = abstract new (...args: any[]) => E;
type ErrorCheck = (error: unknown) => boolean;

export interface WhenStep<Event> {
  /** The decision equals exactly these events, in order (`[]`: nothing happens). */
  then(expectedEvents: Event[]): void;
  /**
   * The decision is rejected with an error of this class (optionally also matching `check`), or
   * with an error satisfying the predicate.
   */
  thenThrows(predicate: ErrorCheck): void;
  thenThrows<E extends Error>(expected: ErrorClass<E>, check?: (error: E) => boolean): void;
}

export interface GivenStep<Command, Event> {
  when(command: Command): WhenStep<Event>;
}

export const DeciderSpecification = {
  for<Command, State, Event>(decider: FoldingDecider<Command, State, Event>) {
    return {
      given(events: Event[]): GivenStep<Command, Event> {
        return {
          when(command: Command): WhenStep<Event> {
            const decide = (): Event[] => {
              const state = events.reduce(
                (folded, event) => decider.evolve(folded, event),
                decider.initialState(),
              );
              return decider.decide(command, state);
            };
            return {
              then(expectedEvents: Event[]): void {
                expect(decide()).toEqual(expectedEvents);
              },
              thenThrows(expected: ErrorClass<Error> | ErrorCheck, check?: (error: Error) => boolean): void {
                let decided: Event[];
                try {
                  decided = decide();
                } catch (error) {
                  if (isErrorClass(expected)) {
                    expect(error).toBeInstanceOf(expected);
                    if (check && !check(error as Error)) {
                      throw new Error(`The error did not pass the check: ${String(error)}`);
                    }
                  } else if (!expected(error)) {
                    throw new Error(`The error did not match the predicate: ${String(error)}`);
                  }
                  return;
                }
                throw new Error(
                  `Expected the command to be rejected, but it decided ${JSON.stringify(decided)}`,
                );
              },
            };
          },
        };
      },
    };
  },
};

function isErrorClass(value: unknown): value is ErrorClass<Error> {
  return typeof value === 'function' && (value === Error || value.prototype instanceof Error);
}
