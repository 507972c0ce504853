/**
 * The pure building blocks every context's domain code may import: the decider shape and the one
 * error a decider throws. No framework, no I/O.
 */
export * from './decider';
export * from './domain-error';
export * from './calendar';
export * from './rules';
