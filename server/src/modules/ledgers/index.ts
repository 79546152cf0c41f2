// Public surface of the ledgers module (清单): other modules import only from here.
export { ledgersRoutes } from './ledgers.routes';
export { rewriteLedgerPaths } from './ledgers.queries';
export { ledgerFiguresRoutes } from './figures.routes';
export { ledgerIoRoutes } from './ledgers.io.routes';
export { importLedgerItems, type LedgerImportOptions } from './items.import';
export { concernsRoutes } from './concerns.routes';
export { concernsPublicRoutes } from './concerns.public.routes';
export { ledgerFilesRoutes } from './files.routes';
export { ledgerEscalationRoutes } from './escalation.routes';
export { escalateOverdueItems } from './escalation';
