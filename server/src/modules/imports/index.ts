// Public surface of the imports module (导入): .xlsx templates and all-or-nothing imports of the tree and roster.
export { importsRoutes } from './imports.routes';
export { importOrgs, importPeople, type ImportInput } from './imports.service';
export { buildTemplate, optionLabels, type ColumnDef, type EnumOptions } from './imports.templates';
// The parsing helpers, for other modules' own .xlsx imports (ledger items).
export { type Cell, type DataRow, type RowIssue, loadWorkbook, matchEnum, parseDate, readTable, readValues, textOf } from './imports.parse';
export { uploadedFile } from './imports.routes';
