import type { FastifyInstance } from 'fastify';
import type { Deps } from './core/http';
import { peopleRoutes } from './modules/people';
import { accountsRoutes } from './modules/accounts';
import { importsRoutes } from './modules/imports';
import { complianceRoutes } from './modules/compliance';
import { recordsRoutes } from './modules/records';
import { notificationsRoutes } from './modules/notifications';
import { campaignsRoutes, figuresRoutes } from './modules/campaigns';
import { concernsPublicRoutes, concernsRoutes, ledgerEscalationRoutes, ledgerFiguresRoutes, ledgerFilesRoutes, ledgerIoRoutes, ledgersRoutes } from './modules/ledgers';

/** Routes of the modules beyond the foundation's core (people, accounts admin, imports, …). */
export async function registerModuleRoutes(_api: FastifyInstance, _deps: Deps) {
  await _api.register(peopleRoutes(_deps));
  await _api.register(accountsRoutes(_deps));
  await _api.register(importsRoutes(_deps));
  await _api.register(complianceRoutes(_deps));
  await _api.register(recordsRoutes(_deps));
  await _api.register(notificationsRoutes(_deps));
  await _api.register(campaignsRoutes(_deps));
  await _api.register(figuresRoutes(_deps));
  await _api.register(ledgersRoutes(_deps));
  await _api.register(ledgerFiguresRoutes(_deps));
  await _api.register(ledgerIoRoutes(_deps));
  await _api.register(ledgerFilesRoutes(_deps));
  await _api.register(ledgerEscalationRoutes(_deps));
  await _api.register(concernsRoutes(_deps));
  await _api.register(concernsPublicRoutes(_deps));
}
