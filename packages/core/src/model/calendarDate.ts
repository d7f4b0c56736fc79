import { z } from 'zod';

/**
 * A calendar date (`YYYY-MM-DD`) with no time zone. Trackers export due dates as calendar
 * dates, and roadmaps reason in days, so core never carries instants for planning dates.
 *
 * @example
 * CalendarDateSchema.parse('2026-03-31'); // => '2026-03-31'
 */
export const CalendarDateSchema = z.iso.date();

/** A calendar date string `YYYY-MM-DD`. */
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/**
 * An instant in ISO-8601 form with offset, e.g. when feedback was created.
 *
 * @example
 * InstantSchema.parse('2026-03-31T09:00:00.000Z');
 */
export const InstantSchema = z.iso.datetime({ offset: true });

/** An ISO-8601 instant string. */
export type Instant = z.infer<typeof InstantSchema>;
