// Every GraphQL operation the app sends. The schema test validates each one against Linear's SDL.

export { IssueById, IssuesPage } from './issuesPage';
export { CreateComment, CreateRelation, MoveIssue } from './issueWrites';
export { AddLabel, CreateLabel, LabelsByIds, LabelsByName } from './labels';
export {
  CreateAttachment,
  CreateExternalLink,
  DeleteAttachment,
  InitiativeLinks,
  ProjectLinks,
  UpdateExternalLink,
} from './sidebarLinks';
export { ViewerOrganization } from './viewerOrganization';
export {
  CustomerNeedsPage,
  CyclesPage,
  InitiativesPage,
  IssueRelationsRest,
  ProjectsPage,
  TeamsPage,
} from './workspacePages';
