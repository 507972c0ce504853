import { DeciderSpecification } from './decider-specification';

type Deposit = { type: 'Deposit'; amount: number };
type Deposited = { type: 'Deposited'; data: { amount: number } };
type Balance = { balance: number };

class AmountRejected extends Error {
  constructor(readonly amount: number) {
    super(`Amount ${amount} rejected`);
  }
}

const wallet = {
  initialState: (): Balance => ({ balance: 0 }),
  evolve: (state: Balance, event: Deposited): Balance => ({ balance: state.balance + event.data.amount }),
  decide: (command: Deposit, state: Balance): Deposited[] => {
    if (command.amount <= 0) throw new AmountRejected(command.amount);
    // A wallet holds at most 100: the rest of the deposit is not taken.
    const amount = Math.min(command.amount, 100 - state.balance);
    return amount === 0 ? [] : [{ type: 'Deposited', data: { amount } }];
  },
};

const spec = DeciderSpecification.for(wallet);
const deposited = (amount: number): Deposited => ({ type: 'Deposited', data: { amount } });

describe('DeciderSpecification', () => {
  it('folds the given events before deciding', () => {
    spec
      .given([deposited(60), deposited(30)])
      .when({ type: 'Deposit', amount: 50 })
      .then([deposited(10)]);
  });

  it('accepts an empty decision', () => {
    spec
      .given([deposited(100)])
      .when({ type: 'Deposit', amount: 5 })
      .then([]);
  });

  it('checks rejections by class, class plus check, and predicate', () => {
    const when = spec.given([]).when({ type: 'Deposit', amount: -1 });
    when.thenThrows(AmountRejected);
    when.thenThrows(AmountRejected, (error) => error.amount === -1);
    when.thenThrows((error) => error instanceof AmountRejected);
  });

  it('fails when the decided events differ', () => {
    expect(() =>
      spec
        .given([])
        .when({ type: 'Deposit', amount: 5 })
        .then([deposited(6)]),
    ).toThrow();
  });

  it('fails when a rejection was expected but the command was accepted', () => {
    expect(() => spec.given([]).when({ type: 'Deposit', amount: 5 }).thenThrows(AmountRejected)).toThrow(
      /Expected the command to be rejected/,
    );
  });

  it('fails when the error is of another class or does not pass the check', () => {
    const when = spec.given([]).when({ type: 'Deposit', amount: 0 });
    expect(() => when.thenThrows(TypeError)).toThrow();
    expect(() => when.thenThrows(AmountRejected, (error) => error.amount === 1)).toThrow(/did not pass/);
    expect(() => when.thenThrows(() => false)).toThrow(/did not match/);
  });
});
