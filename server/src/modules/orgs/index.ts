// Public surface of the orgs module (组织): other modules import only from here.
export { orgsRoutes } from './orgs.routes';
export { createTopOrg, loadOrgInScope, type OrgRow } from './orgs.service';
export { parentPathOf } from './orgs.policy';
