// Public surface of the campaigns module (专项工作): other modules import only from here.
export { campaignsRoutes } from './campaigns.routes';
export { rewriteAssignmentPaths } from './assignments.queries';
