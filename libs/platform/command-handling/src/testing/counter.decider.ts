import type { Decider, DomainEvent } from '@vieclam/platform/domain';
import { DomainError } from '@vieclam/platform/domain';

/**
 * A tiny decider for the platform's own tests (concurrency, HTTP): a counter that only grows.
 * Adding 0 is accepted and changes nothing, so it produces no event.
 */
export type AddToCounter = { type: 'AddToCounter'; data: { amount: number; occurredOn: string } };
export type CounterIncreased = DomainEvent<'CounterIncreased', { amount: number }>;
export type CounterState = { total: number; increments: number };

export const counterDecider: Decider<AddToCounter, CounterState, CounterIncreased> = {
  initialState: () => ({ total: 0, increments: 0 }),
  decide: (command, _state) => {
    const { amount } = command.data;
    if (!Number.isInteger(amount) || amount < 0) {
      throw DomainError.invalid(
        'counter_amount_invalid',
        { vi: 'Số lượng phải là số nguyên không âm.', en: 'The amount must be a non-negative integer.' },
        { field: 'amount', details: { amount } },
      );
    }
    return amount === 0 ? [] : [{ type: 'CounterIncreased', data: { amount } }];
  },
  evolve: (state, event) => ({ total: state.total + event.data.amount, increments: state.increments + 1 }),
};

export function addToCounter(amount: number, occurredOn = '2026-03-05'): AddToCounter {
  return { type: 'AddToCounter', data: { amount, occurredOn } };
}
