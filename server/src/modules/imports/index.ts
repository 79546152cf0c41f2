// Public surface of the imports module (导入): .xlsx templates and all-or-nothing imports of the tree and roster.
export { importsRoutes } from './imports.routes';
export { importOrgs, importPeople, type ImportInput } from './imports.service';
export { buildTemplate } from './imports.templates';
