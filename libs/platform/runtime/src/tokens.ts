/** Injection token of the {@link Runtime} (event store + read-model database of the mode). */
export const RUNTIME = Symbol('RUNTIME');
/**
 * The event store token is the one `CommandExecutor` injects, so the store wired here is the one
 * commands append to.
 */
export { EVENT_STORE } from '@vieclam/platform/command-handling';
/** Injection token of the read-model `Database` from `@vieclam/platform/database`. */
export const DATABASE = Symbol('DATABASE');
