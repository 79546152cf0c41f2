// Public surface of the ledgers module (清单): other modules import only from here.
export { ledgersRoutes } from './ledgers.routes';
export { rewriteLedgerPaths } from './ledgers.queries';
export { ledgerFiguresRoutes } from './figures.routes';
