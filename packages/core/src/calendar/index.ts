// Public API of the calendar: the one calendar and "today" for every path (day numbers, no
// local-time Date arithmetic). Edges pass their clock in; core never reads it.
export {
  addDays,
  civilOf,
  dayOf,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  isoWeekday,
  toDayNumber,
} from './dayNumber';
export { type Clock, dayOfEpochMs, dayOfInstant, today } from './today';
