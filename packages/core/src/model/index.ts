export { type Backlog, type BacklogInput, BacklogSchema } from './backlog';
export { type CalendarDate, CalendarDateSchema, type Instant, InstantSchema } from './calendarDate';
export { type Customer, type CustomerInput, CustomerSchema } from './customer';
export { type Feedback, type FeedbackInput, FeedbackSchema } from './feedback';
export { formatProblems } from './formatProblems';
export { isOpen } from './isOpen';
export { type Outcome, PROBLEM_CODES, type Problem, type ProblemCode, type Result } from './problem';
export { problemsFromZod, type SchemaProblem } from './problemsFromZod';
export { type Release, type ReleaseInput, ReleaseSchema } from './release';
export {
  type Estimate,
  EstimateSchema,
  type EstimateUnit,
  EstimateUnitSchema,
  type FieldValue,
  FieldValueSchema,
  type StatusCategory,
  StatusCategorySchema,
  type WorkItem,
  type WorkItemInput,
  WorkItemSchema,
} from './workItem';
