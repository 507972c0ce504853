import { Transform } from 'class-transformer';
import { toIsoDate } from '@vieclam/platform/domain';

/** What a date field accepts, for API docs and messages. */
export const DATE_HINT = 'dd/mm/yyyy or yyyy-mm-dd';

/** DTO property decorator: accept dd/mm/yyyy or yyyy-mm-dd, hand the handler yyyy-mm-dd. */
export const CalendarDate = () => Transform(({ value }) => toIsoDate(value));
