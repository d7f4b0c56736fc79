export type { Backlog, BacklogInput } from './backlog.ts';
export { BacklogSchema } from './backlog.ts';
export type { CalendarDate, Instant } from './calendarDate.ts';
export { CalendarDateSchema, InstantSchema } from './calendarDate.ts';
export type { Customer, CustomerInput } from './customer.ts';
export { CustomerSchema } from './customer.ts';
export type { Feedback, FeedbackInput } from './feedback.ts';
export { FeedbackSchema } from './feedback.ts';
export type { Problem, Result } from './problem.ts';
export type { Release, ReleaseInput } from './release.ts';
export { ReleaseSchema } from './release.ts';
export type {
  Estimate,
  EstimateUnit,
  FieldValue,
  StatusCategory,
  WorkItem,
  WorkItemInput,
} from './workItem.ts';
export {
  EstimateSchema,
  EstimateUnitSchema,
  FieldValueSchema,
  StatusCategorySchema,
  WorkItemSchema,
} from './workItem.ts';
