// Public surface of the campaigns module (专项工作): other modules import only from here.
export { campaignsRoutes } from './campaigns.routes';
export { rewriteAssignmentPaths } from './assignments.queries';
export { figuresRoutes } from './figures.routes';
export { sendDeadlineReminders } from './reminders';
// The demo launches its campaign with the launch's own statement and reconciles it.
export { insertAssignments } from './assignments.queries';
export { reconcile } from './evidence.queries';
export { loadReadable as loadReadableCampaign } from './campaigns.service';
