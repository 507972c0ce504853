import { v7 } from 'uuid';

/** A new time-ordered event id (uuid v7). */
export function newEventId(): string {
  return v7();
}
