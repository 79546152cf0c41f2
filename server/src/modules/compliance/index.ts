// Public surface of the compliance module (频次规则, 合规, 参与率): other modules import only from here.
export { complianceRoutes } from './compliance.routes';
export { complianceTable, complianceNode } from './compliance.service';
export { participationTable, participationPeople } from './participation.service';
export { rulesAt } from './rules.service';
