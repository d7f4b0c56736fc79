export type { Backlog, BacklogInput } from './backlog';
export { BacklogSchema } from './backlog';
export type { CalendarDate, Instant } from './calendarDate';
export { CalendarDateSchema, InstantSchema } from './calendarDate';
export type { Customer, CustomerInput } from './customer';
export { CustomerSchema } from './customer';
export type { Feedback, FeedbackInput } from './feedback';
export { FeedbackSchema } from './feedback';
export { formatProblems } from './formatProblems';
export type { Problem, ProblemCode, Result } from './problem';
export { PROBLEM_CODES } from './problem';
export type { SchemaProblem } from './problemsFromZod';
export { problemsFromZod } from './problemsFromZod';
export type { Release, ReleaseInput } from './release';
export { ReleaseSchema } from './release';
export type {
  Estimate,
  EstimateUnit,
  FieldValue,
  StatusCategory,
  WorkItem,
  WorkItemInput,
} from './workItem';
export {
  EstimateSchema,
  EstimateUnitSchema,
  FieldValueSchema,
  StatusCategorySchema,
  WorkItemSchema,
} from './workItem';
