// Every GraphQL operation the app sends. The schema test validates each one against Linear's SDL.

export { IssueById, IssuesPage } from './issuesPage.ts';
export { CreateComment, CreateRelation, MoveIssue } from './issueWrites.ts';
export { AddLabel, CreateLabel, LabelsByIds, LabelsByName } from './labels.ts';
export {
  CreateAttachment,
  CreateExternalLink,
  DeleteAttachment,
  InitiativeLinks,
  ProjectLinks,
  UpdateExternalLink,
} from './sidebarLinks.ts';
export {
  CustomerNeedsPage,
  CyclesPage,
  InitiativesPage,
  IssueRelationsRest,
  ProjectsPage,
  TeamsPage,
} from './workspacePages.ts';
