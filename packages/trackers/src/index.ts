// Public API of @trailmap/trackers: every Jira and Linear mapping to core's types.

export type { CustomerConfig, ReleaseConfig, TrailmapConfig } from './config/config';
export {
  CustomerConfigSchema,
  defaultConfig,
  ReleaseConfigSchema,
  TrailmapConfigSchema,
} from './config/config';
export type { LoadedConfig } from './config/loadConfig';
export { CONFIG_FILE_NAME, loadConfig, parseConfigText, readConfigFile } from './config/loadConfig';
export type { Cell, CsvRow } from './csv/columns';
export { Columns, normalizeHeader } from './csv/columns';
export { decodeText } from './csv/decodeText';
export {
  fieldKey,
  isNumericScoringField,
  isScoringField,
  SCORING_FIELDS,
  scoringFieldFor,
  scoringFieldOf,
} from './csv/fieldNames';
export type { CsvTable } from './csv/readCsv';
export { parseCsvText, readCsvFile } from './csv/readCsv';
export { assembleBacklog, customerIdFor } from './draft/assemble';
export type { DraftBacklog, DraftItem, DraftSource } from './draft/draft';
export type { InputPlace, InputProblem, InputProblemCode, InputResult } from './errors/inputProblem';
export { INPUT_PROBLEM_CODES, InputProblems, inputFailure, inputProblem } from './errors/inputProblem';
export { describeZodIssue } from './errors/schemaProblem';
export { experimentAnalysesFromCsv } from './experiments/experimentCsv';
export type { Importer, ImportFormat, JsonDocument } from './importer';
export type { FieldCoverage, FieldRole } from './inspect/inspectExport';
export { inspectColumns } from './inspect/inspectExport';
export { mapCanceled as mapJiraCanceled, mapStatusCategory as mapJiraStatusCategory } from './jira/status';
export { jiraCsvImporter } from './jira-csv/importer';
export { adfToText } from './jira-rest/adf';
export { JIRA_DUPLICATE_FIELDS, jiraDuplicateDoc, jiraKnownDuplicates } from './jira-rest/duplicates';
export type {
  JiraRestFieldNames,
  JiraRestIssue,
  JiraRestIssueResult,
  JiraRestSprint,
} from './jira-rest/fromJiraIssue';
export { mapJiraIssue, readJiraIssue } from './jira-rest/fromJiraIssue';
export type { JiraSearchResponse } from './jira-rest/fromJiraJson';
export { fromJiraSearch, isJiraSearchResponse } from './jira-rest/fromJiraJson';
export { jiraRestImporter } from './jira-rest/importer';
export { nameOf, restTexts, unwrapNumber } from './jira-rest/restValues';
export {
  LINEAR_PRIORITIES,
  type LinearPriorityName,
  linearItemPriority,
  linearPriorityName,
} from './linear/priority';
export { mapLinearCanceled, mapLinearStatusCategory, mapProjectStatus, mapStateType } from './linear/status';
export { linearCsvImporter } from './linear-csv/importer';
export { mapCustomer, mapCustomerNeed } from './linear-graphql/fromLinearCustomer';
export type { IssueMappingContext } from './linear-graphql/fromLinearIssue';
export { mapEstimate, mapIssue, mapRelations, toCalendarDate } from './linear-graphql/fromLinearIssue';
export { completedScope, mapCycle, mapProject } from './linear-graphql/fromLinearProject';
export type {
  LinearCustomerNeedNode,
  LinearCustomerNode,
  LinearCycleNode,
  LinearIssueNode,
  LinearIssueRef,
  LinearProjectNode,
  LinearRelationNode,
} from './linear-graphql/nodes';
export type { BacklogFormat } from './load/backlogFormat';
export type { LoadedBacklog } from './load/loadBacklog';
export { loadBacklog, loadBacklogText, loadCsvTable, readExportText } from './load/loadBacklog';
export { trailmapJsonImporter } from './trailmap-json/importer';
export { parseNumber } from './values/numbers';
export { parseFieldValue } from './values/scoringValues';
